using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Examples;

/// <summary>examples/Tour.ps1 (what `dotnet pwsh ./build.ps1 Tour` runs in real pwsh) works against the emulator.</summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class TourTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void The_tour_runs_every_step_and_shows_tables()
    {
        using var ps = PowerShellHost.Create();
        ps.SetEnvironment("AWS_ACCESS_KEY_ID", EmulatorFixture.AccessKey)
          .SetEnvironment("AWS_SECRET_ACCESS_KEY", EmulatorFixture.SecretKey)
          .SetEnvironment("AWS_SESSION_TOKEN", null)
          .SetEnvironment("AWS_PROFILE", null)
          .SetEnvironment("AWS_EC2_METADATA_DISABLED", "true");
        ps.SetVariable("tour", RepoPaths.Combine("examples", "Tour.ps1"));
        ps.SetVariable("endpoint", emulator.Endpoint.ToString().TrimEnd('/'));

        var result = ps.Run("& $tour -EndpointUrl $endpoint");

        result.AssertClean();
        foreach (var step in new[] { "New-IEManifest", "New-IEJob", "Get-IEJob", "Get-IEJobStatus", "Get-IEShippingLabel", "Stop-IEJob", "Start-MGNImport" })
        {
            Assert.Contains("PS> " + step, result.HostText.Replace("PS> $manifest = ", "PS> ").Replace("PS> $job = ", "PS> ").Replace("PS> $second | ", "PS> ").Replace("PS> Get-IEJob | ", "PS> "));
        }

        Assert.Contains("InvalidJobIdException,ImportExport.Cmdlets.GetIEJobStatusCommand", result.HostText);
        Assert.Contains("ImportId", result.HostText);
        // Two jobs: the validation created none.
        Assert.Equal(2, emulator.State.JobCount);
    }
}
