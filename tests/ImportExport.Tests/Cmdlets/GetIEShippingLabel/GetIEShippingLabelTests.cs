using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetIEShippingLabel;

/// <summary>Get-IEShippingLabel as a user runs it: ids from the pipeline in one request.</summary>
public sealed class GetIEShippingLabelTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Get_IEShippingLabel_gathers_pipeline_ids_into_one_request()
    {
        var first = NewJob();
        var second = NewJob();
        PS.SetVariable("ids", new[] { first, second });
        var before = RequestCount("GetShippingLabel");

        var result = PS.Run("$ids | Get-IEShippingLabel -Name 'Jane Doe' -Street1 '123 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011 -Country USA -PhoneNumber 206-555-1111 @aws");

        var label = Assert.Single(result.OutputOf<ShippingLabel>());
        Assert.Equal([first, second], label.JobId);
        Assert.StartsWith("http", label.ShippingLabelURL);
        Assert.Equal(before + 1, RequestCount("GetShippingLabel"));
        var request = Emulator.State.Requests.Last(r => r.Operation == "GetShippingLabel");
        Assert.Equal("Jane Doe", request.Parameters["name"]?.ToString());
    }

    [Theory]
    [InlineData("$label")]
    [InlineData("[pscustomobject]@{ JobId = $label.JobId.ToString(); ShippingLabelURL = $label.ShippingLabelURL }")]
    // The second row is what Import-Csv reads back from Export-Csv of a label: its JobId as the text "BA2H4, 2WW5H".
    public void A_label_pipes_into_Get_IEJobStatus_as_its_jobs_live_or_read_back_from_CSV(string labels)
    {
        var first = NewJob();
        var second = NewJob();
        PS.SetVariable("ids", new[] { first, second });
        RunClean("$label = $ids | Get-IEShippingLabel -Name 'Jane Doe' -Street1 '123 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011 -Country USA -PhoneNumber 206-555-1111 @aws");

        var statuses = RunClean($"{labels} | Get-IEJobStatus @aws").OutputOf<JobStatus>();

        Assert.Equal([first, second], statuses.Select(s => s.JobId));
    }
}
