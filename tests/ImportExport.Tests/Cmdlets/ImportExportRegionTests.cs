using System.Management.Automation;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Issue 13: Import/Export cmdlets used to accept -Region mars without a word (the service is global). A region given
/// to them is held to the rule MGN's cmdlets apply, and refused before any request.
/// </summary>
public sealed class ImportExportRegionTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("Get-IEJob -Region mars @keys", "GetIEJobCommand")]
    [InlineData("Get-IEJobStatus -JobId ABCDE -Region mars @keys", "GetIEJobStatusCommand")]
    [InlineData("New-IEJob -JobType Import -Manifest $manifest -Region mars @keys -Confirm:$false", "NewIEJobCommand")]
    [InlineData("Stop-IEJob -JobId ABCDE -Force -Region mars @keys", "StopIEJobCommand")]
    public void A_malformed_region_is_InvalidRegion_naming_it_and_nothing_is_sent(string command, string cmdlet)
    {
        var before = Emulator.State.Requests.Count;
        PS.Run("$keys = @{ EndpointUrl = $endpoint; AccessKey = $aws.AccessKey; SecretKey = $aws.SecretKey }");

        var result = PS.Run(command);

        var error = Assert.Single(result.AllErrors);
        Assert.Equal($"InvalidRegion,ImportExport.Cmdlets.{cmdlet}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("'mars'", error.Exception.Message);
        Assert.Contains("-Region", error.Exception.Message);
        Assert.Contains("eu-west-1", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void A_well_formed_region_is_accepted_and_changes_nothing_for_the_global_service()
    {
        var result = PS.Run("Get-IEJob @aws -Region ap-southeast-2");

        result.AssertCompleted();
        Assert.Empty(result.AllErrors);
    }
}
