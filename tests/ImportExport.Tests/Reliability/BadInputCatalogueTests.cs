using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// Runs every case of <see cref="BadInputCatalogue"/> through the hosted engine, each with a time limit: the user
/// gets the catalogued error id and category, nothing crashes, nothing hangs, and the runspace still works after.
/// </summary>
public sealed class BadInputCatalogueTests : ReliabilityTestBase, IClassFixture<BadInputCatalogueTests.CatalogueEmulator>
{
    public const string UninitializedKey = "AKIAUNINITIALIZED001";
    public const string ExpiredKey = "ASIAEXPIREDTOKEN0001";
    public const string ExpiredToken = "FwoGZXIvYXdzCATALOGUEexpiredTOKEN";

    private static readonly TimeSpan CaseTimeLimit = TimeSpan.FromSeconds(90);

    public BadInputCatalogueTests(CatalogueEmulator emulator)
        : base(emulator)
    {
    }

    public sealed class CatalogueEmulator : ReliabilityEmulator
    {
        public CatalogueEmulator()
        {
            Options.Credentials.Add(new EmulatorCredential(UninitializedKey, SecretKey, null, "999988887777"));
            Options.UninitializedAccounts.Add("999988887777");
            Options.Credentials.Add(new EmulatorCredential(ExpiredKey, SecretKey, ExpiredToken, "111122223333"));
            Options.ExpiredSessionTokens.Add(ExpiredToken);

            // The "no answer" case waits for this; every other answer comes at once.
            HttpTimeout = TimeSpan.FromSeconds(3);
        }
    }

    public static TheoryData<string> Cases => new(BadInputCatalogue.All.Where(c => c.Environment is null).Select(c => c.Name));

    public static TheoryData<string> EnvironmentCases => new(BadInputCatalogue.All.Where(c => c.Environment is not null).Select(c => c.Name));

    [Fact]
    public void The_catalogue_has_more_than_100_cases_across_the_cmdlets()
    {
        Assert.True(BadInputCatalogue.All.Count >= 100, $"{BadInputCatalogue.All.Count} cases");
        foreach (var cmdlet in new[] { "New-IEJob", "Update-IEJob", "Stop-IEJob", "Get-IEJobStatus", "Get-IEJob", "Get-IEShippingLabel", "Start-MGNImport" })
        {
            Assert.Contains(BadInputCatalogue.All, c => c.Command.StartsWith(cmdlet + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_a_clear_specific_error(string name) => Run(this, BadInputCatalogue.Find(name));

    internal static void Run(ReliabilityTestBase test, BadInputCase @case)
    {
        var ps = test.Host;
        var work = Directory.CreateTempSubdirectory("ie-catalogue-");
        FaultProxy? fake = null;
        try
        {
            ps.SetVariable("work", work.FullName);
            ps.SetVariable("state", test.State);
            ps.SetVariable("exportManifest", Manifests.Export());
            foreach (var (variable, value) in @case.Environment ?? new Dictionary<string, string?>())
            {
                ps.SetEnvironment(variable, value);
            }

            if (@case.Target == CaseTarget.FakeServer)
            {
                fake = FaultProxy.Start(upstream: null, lifetime: TimeSpan.FromMinutes(2));
                fake.Rule = _ => @case.Response;
                test.Point(fake.Endpoint);
            }

            if (@case.Setup is not null)
            {
                var setup = ps.Run(@case.Setup);
                Assert.False(setup.Threw, "setup: " + setup.Describe());
            }

            var run = Task.Run(() => ps.Run(@case.Command));
            Assert.True(run.Wait(CaseTimeLimit), $"'{@case.Name}' did not finish within {CaseTimeLimit.TotalSeconds} s: {@case.Command}");
            var result = run.Result;

            if (@case.ErrorId is null)
            {
                result.AssertClean();
                Assert.NotEmpty(result.Output);
            }
            else
            {
                var error = result.AllErrors.FirstOrDefault();
                Assert.True(error is not null, $"'{@case.Name}' reported no error: {result.Describe()}");
                Assert.True(
                    error.FullyQualifiedErrorId.StartsWith(@case.ErrorId, StringComparison.Ordinal),
                    $"'{@case.Name}': expected {@case.ErrorId}..., got {error.FullyQualifiedErrorId} ({error.CategoryInfo.Category}): {error.Exception?.GetType().Name}: {error.Exception?.Message}");
                Assert.True(
                    error.CategoryInfo.Category == @case.Category,
                    $"'{@case.Name}': expected category {@case.Category}, got {error.CategoryInfo.Category} for {error.FullyQualifiedErrorId}");
                Assert.False(string.IsNullOrWhiteSpace(error.ErrorDetails?.Message ?? error.Exception?.Message), "an error without a message");
            }

            // The host is intact.
            var after = ps.Run("1 + 1");
            Assert.Equal(2, after.Output.Single().BaseObject);
        }
        finally
        {
            fake?.Dispose();
            work.Delete(recursive: true);
        }
    }
}
