using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.IE;

namespace ImportExport.Tests.Reliability;

/// <summary>The emulator's clock runs 30 minutes ahead: AWSSDK.Core sees the skew in the Date header, corrects it and retries.</summary>
public sealed class ClockSkewTests : ReliabilityTestBase, IClassFixture<ClockSkewTests.SkewedEmulator>
{
    public ClockSkewTests(SkewedEmulator emulator)
        : base(emulator)
    {
    }

    public sealed class SkewedEmulator : ReliabilityEmulator
    {
        public SkewedEmulator() => Options.ClockOffset = TimeSpan.FromMinutes(30);
    }

    [Fact]
    public void A_skewed_clock_is_corrected_and_the_call_succeeds()
    {
        var result = PS.Run("Get-IEJob @aws -Verbose; Start-MGNImport -S3Bucket my-import-bucket -S3Key skew.csv @aws -Confirm:$false");

        result.AssertClean();
        Assert.Contains(Emulator.State.Requests, r => r.ErrorCode == "RequestExpired");
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("ListJobs: attempt 1 failed (RequestExpired", StringComparison.Ordinal));
    }
}
