using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// The suite fails, never hangs: a hosted run that would never end is stopped after <see cref="PowerShellHost.RunTimeout"/>
/// and fails its test with a message that says so.
/// </summary>
/// <remarks>
/// Guards against: a one-character paging bug (the next-page marker not advancing, or the same-marker check disabled)
/// that made Get-IEJob loop forever, and with it `dotnet test` sit until CI's limit. Here the server answers every
/// ListJobs with a truncated page whose marker alternates between two ids, a listing that never ends and that the
/// client's same-marker check cannot see; the run is stopped after a short bound instead of hanging. (Run-wide, the
/// blame hang guard in Directory.Build.props kills a test host whose test runs for 10 minutes.)
/// </remarks>
public sealed class HangGuardTests
{
    private static byte[] EndlessListJobsPage(int n)
    {
        var id = n % 2 == 0 ? "LOOPA" : "LOOPB";
        var body = $"<ListJobsResponse><ListJobsResult><Jobs><member><JobId>{id}</JobId><CreationDate>2026-01-01T00:00:00Z</CreationDate><IsCanceled>false</IsCanceled><JobType>Import</JobType></member></Jobs><IsTruncated>true</IsTruncated></ListJobsResult><ResponseMetadata><RequestId>r{n}</RequestId></ResponseMetadata></ListJobsResponse>";
        return RawHttpServer.Response(200, "text/xml", Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public void A_listing_that_never_ends_fails_the_run_within_the_bound_instead_of_hanging()
    {
        var served = 0;
        using var server = new RawHttpServer(_ => EndlessListJobsPage(Interlocked.Increment(ref served)));
        using var ps = PowerShellHost.Create();
        ps.RunTimeout = TimeSpan.FromSeconds(5);
        ps.SetVariable("endpoint", server.BaseUri.ToString());

        var timedOut = Assert.Throws<RunTimedOutException>(() =>
            ps.Run($"Get-IEJob -EndpointUrl $endpoint -AccessKey {EmulatorFixture.AccessKey} -SecretKey {EmulatorFixture.SecretKey} -MaxRetry 0"));

        Assert.Contains("did not finish within 5 s", timedOut.Message);
        Assert.Contains("Get-IEJob", timedOut.Message);
        Assert.Contains("was stopped", timedOut.Message);
        Assert.True(Volatile.Read(ref served) > 2, $"the listing should have gone on page after page; {served} page(s) served");

        // Stopped, not abandoned: the runspace takes the next command.
        var after = ps.Run("1 + 1");
        Assert.Equal(2, (int)after.Output.Single().BaseObject);
    }

    [Fact]
    public void Every_run_has_a_generous_default_bound()
    {
        using var ps = PowerShellHost.Create(importModule: false);

        Assert.Equal(PowerShellHost.DefaultRunTimeout, ps.RunTimeout);
        Assert.InRange(ps.RunTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
    }
}
