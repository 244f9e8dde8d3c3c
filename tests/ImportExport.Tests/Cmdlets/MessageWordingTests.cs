using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Issue 13: no .NET text in messages. An ArgumentException with a parameter name appends "(Parameter 'field')" and
/// an ArgumentOutOfRangeException "Actual value was ..."; a message names the parameter and the rule instead.
/// </summary>
public sealed class MessageWordingTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private const string Address = "-Name a -Street1 b -City c -StateOrProvince WA -PostalCode 1 -PhoneNumber 2 -Country USA -AccessKeyId AKIAIOSFODNN7EXAMPLE";

    [Theory]
    [InlineData("Wait-MGNImport -ImportId import-1a2b3c4d5e6f7g8h9 -PollInterval 0 @aws", "-PollInterval")]
    [InlineData("Wait-MGNImport -ImportId import-1a2b3c4d5e6f7g8h9 -Timeout 0 @aws", "-Timeout")]
    [InlineData("Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -Wait -PollInterval 0 @aws -Confirm:$false", "-PollInterval")]
    [InlineData("New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket " + Address + " -Customs @{ bogus = 1 }", "-Customs")]
    [InlineData("New-IEManifest -JobType Export -DeviceId 1 -FileSystem NTFS -LogBucket my-log-bucket " + Address + " -ExportOperation @{ bogus = 1 }", "-ExportOperation")]
    public void A_refused_value_is_named_with_its_rule_and_no_dotnet_text(string command, string parameter)
    {
        var error = Assert.Single(PS.Run(command).AllErrors);

        var message = error.ErrorDetails?.Message ?? error.Exception.Message;
        Assert.Contains(parameter, message);
        Assert.DoesNotContain("(Parameter '", message);
        Assert.DoesNotContain("Actual value was", message);
    }
}
