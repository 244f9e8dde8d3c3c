using System.Diagnostics;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>
/// Rough edge of issue 13: with no credentials and an instance-metadata endpoint that never answers (a loopback
/// <see cref="BlackHoleServer"/>: never a real IMDS), NoCredentials comes after one short probe, remembered.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class InstanceMetadataProbeTests(EmulatorFixture emulator) : SharedFilesTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void No_credentials_probes_instance_metadata_once_briefly_and_says_how_to_turn_the_probe_off()
    {
        using var blackHole = new BlackHoleServer();
        var endpoint = blackHole.Url;
        PS.SetEnvironment("AWS_EC2_METADATA_DISABLED", null);
        PS.SetEnvironment("AWS_EC2_METADATA_SERVICE_ENDPOINT", endpoint);
        InstanceMetadataProbe.Reset();

        var clock = Stopwatch.StartNew();
        var first = SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"));
        var firstTook = clock.Elapsed;
        clock.Restart();
        var second = SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"));
        var secondTook = clock.Elapsed;

        Assert.Equal("NoCredentials,ImportExport.Cmdlets.GetIEJobCommand", first.FullyQualifiedErrorId);
        Assert.Contains("instance metadata", first.Exception.Message);
        Assert.Contains(endpoint, first.Exception.Message);
        Assert.Contains("AWS_EC2_METADATA_DISABLED=true", first.Exception.Message);
        Assert.Contains("-ProfileName", first.ErrorDetails!.RecommendedAction);
        Assert.InRange(firstTook, TimeSpan.Zero, TimeSpan.FromSeconds(6));

        Assert.Contains("earlier command", second.Exception.Message);
        Assert.InRange(secondTook, TimeSpan.Zero, TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public void AWS_EC2_METADATA_DISABLED_skips_the_probe_and_says_so()
    {
        var error = SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"));

        Assert.Equal("NoCredentials,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("turned off by AWS_EC2_METADATA_DISABLED", error.Exception.Message);
        Assert.Contains(CredentialsFile, error.Exception.Message);
    }
}
