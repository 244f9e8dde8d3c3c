using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// The retry mode and attempt limit come from the usual AWS settings (AWS_RETRY_MODE / AWS_MAX_ATTEMPTS, then
/// retry_mode / max_attempts of the profile), read when a client is built, and AWSSDK.Core's policy applies them:
/// the emulator's request log counts the attempts.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class RetryConfigurationTests(ReliabilityEmulator emulator) : ReliabilityTestBase(emulator), IClassFixture<ReliabilityEmulator>
{
    private int Attempts(Func<PSRunResult> run, out PSRunResult result)
    {
        Emulator.State.ClearRequests();
        // 500s, not throttles: in adaptive mode Core's client-side rate limiter answers a burst of throttles by
        // slowing down (for many seconds), which is its purpose but not what these tests look at.
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "ListJobs", Count = 100 });
        try
        {
            result = run();
            return Emulator.Requests("ListJobs").Count;
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }

    [Fact]
    public void AWS_MAX_ATTEMPTS_sets_the_attempt_limit()
    {
        PS.SetEnvironment("AWS_MAX_ATTEMPTS", "5");

        var attempts = Attempts(() => PS.Run("Get-IEJob @aws -Verbose"), out var result);

        Assert.Equal(5, attempts);
        Assert.StartsWith("InternalError,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Contains(result.Verbose, v => v.Message.Contains("at most 5 attempt(s) (AWS_MAX_ATTEMPTS)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_variable_set_later_in_the_session_applies_to_the_next_client()
    {
        PS.SetEnvironment("AWS_MAX_ATTEMPTS", "2");
        Assert.Equal(2, Attempts(() => PS.Run("Get-IEJob @aws"), out _));

        PS.SetEnvironment("AWS_MAX_ATTEMPTS", "4");
        Assert.Equal(4, Attempts(() => PS.Run("Get-IEJob @aws"), out _));
    }

    [Fact]
    public void MaxRetry_wins_over_AWS_MAX_ATTEMPTS()
    {
        PS.SetEnvironment("AWS_MAX_ATTEMPTS", "5");

        Assert.Equal(2, Attempts(() => PS.Run("Get-IEJob @aws -MaxRetry 1"), out _));
    }

    [Fact]
    public void AWS_RETRY_MODE_adaptive_is_used_and_still_retries()
    {
        PS.SetEnvironment("AWS_RETRY_MODE", "adaptive");

        var attempts = Attempts(() => PS.Run("Get-IEJob @aws -Verbose"), out var result);

        Assert.Equal(3, attempts);
        Assert.StartsWith("InternalError,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Contains(result.Verbose, v => v.Message.Contains("retry mode adaptive (AWS_RETRY_MODE)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AWS_MAX_ATTEMPTS", "lots")]
    [InlineData("AWS_MAX_ATTEMPTS", "0")]
    [InlineData("AWS_RETRY_MODE", "aggressive")]
    public void An_invalid_retry_variable_stops_the_command_with_a_clear_error(string variable, string value)
    {
        PS.SetEnvironment(variable, value);
        Emulator.State.ClearRequests();

        var result = PS.Run("Get-IEJob @aws");

        var record = Assert.Single(result.AllErrors);
        Assert.Equal("InvalidRetrySetting,ImportExport.Cmdlets.GetIEJobCommand", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
        Assert.Contains(variable, record.Exception.Message);
        Assert.Empty(Emulator.State.Requests);
    }

    [Fact]
    public void The_profiles_retry_mode_and_max_attempts_apply()
    {
        var directory = Directory.CreateTempSubdirectory("ie-retry-");
        try
        {
            var credentials = Path.Combine(directory.FullName, "credentials");
            File.WriteAllText(credentials, $"""
                [patient]
                aws_access_key_id = {ReliabilityEmulator.AccessKey}
                aws_secret_access_key = {ReliabilityEmulator.SecretKey}
                retry_mode = adaptive
                max_attempts = 6
                """);
            PS.SetVariable("credentialsFile", credentials);

            var attempts = Attempts(() => PS.Run("Get-IEJob -EndpointUrl $endpoint -ProfileName patient -ProfileLocation $credentialsFile -Verbose"), out var result);

            Assert.Equal(6, attempts);
            Assert.Contains(result.Verbose, v => v.Message.Contains("retry mode adaptive (retry_mode of profile 'patient')", StringComparison.Ordinal)
                                                 && v.Message.Contains("at most 6 attempt(s) (max_attempts of profile 'patient')", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
