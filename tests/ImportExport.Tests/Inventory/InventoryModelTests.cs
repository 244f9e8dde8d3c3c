using System.Text;
using ImportExport.Inventory;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// The shared apply rules (<see cref="InventoryModel"/>, which the emulator's StartImport and a local preview use):
/// the edit markers, account and region scope, the immutable user-provided id, export columns ignored.
/// </summary>
public sealed class InventoryModelTests
{
    private const string Account = "111122223333";
    private const string Region = "eu-west-1";
    private const string Head = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework";

    private readonly InventoryModel model = new();
    private int next;

    private InventoryApplyResult Apply(string csv)
    {
        var check = InventoryChecker.Check(Encoding.UTF8.GetBytes(csv));
        Assert.False(check.FileRejected);
        return model.Apply(check, Account, Region, t => (t == InventoryTarget.Wave ? "wave-" : t == InventoryTarget.Application ? "app-" : "s-") + (next++).ToString("d17"));
    }

    private InventoryResourceState Server(string name) => model.Resources(Account, Region, InventoryTarget.Server).Single(s => s.Name == name);

    [Fact]
    public void Reset_value_clears_a_property_delete_tag_removes_a_tag_and_reset_on_a_tag_empties_it()
    {
        Apply(Head + ",mgn:launch:instance-type,mgn:launch:nic:0:subnet-id,mgn:server:tag:Owner,mgn:server:tag:Team,mgn:launch:tag:instance:Name\r\n" +
              "W,A,web-01,web-01.example.com,m5.large,subnet-0123456789abcdef0,alice,blue,web\r\n");

        var result = Apply(Head + ",mgn:launch:instance-type,mgn:launch:nic:0:subnet-id,mgn:server:tag:Owner,mgn:server:tag:Team,mgn:launch:tag:instance:Name\r\n" +
              "W,A,web-01,web-01.example.com,[RESET_VALUE],,[DELETE_TAG],[RESET_VALUE],[DELETE_TAG]\r\n");

        var server = Server("web-01");
        Assert.Empty(result.Errors);
        Assert.False(server.Properties.ContainsKey("mgn:launch:instance-type"));
        Assert.Equal("subnet-0123456789abcdef0", server.Properties["mgn:launch:nic:0:subnet-id"]);
        Assert.False(server.Properties.ContainsKey("mgn:launch:tag:instance:Name"));
        Assert.Equal(new Dictionary<string, string> { ["Team"] = string.Empty }, server.Tags);
        Assert.Equal(1, result.Servers.Modified);
    }

    [Fact]
    public void A_row_for_another_account_or_region_is_an_error_naming_both_and_changes_nothing()
    {
        var result = Apply("mgn:account-id,mgn:region," + Head + "\r\n" +
            "444455556666,,W,A,web-01,web-01.example.com\r\n" +
            ",us-east-1,W,A,web-02,web-02.example.com\r\n" +
            "111122223333,eu-west-1,W,A,web-03,web-03.example.com\r\n");

        Assert.Equal([2L, 3L], result.Errors.Select(e => e.RowNumber));
        Assert.All(result.Errors, e => Assert.Equal((InventoryRule.ProcessingError, InventoryRule.Scope), (e.ErrorType, e.Rule)));
        Assert.Contains("444455556666", result.Errors[0].RawError);
        Assert.Contains(Account, result.Errors[0].RawError);
        Assert.Contains("us-east-1", result.Errors[1].RawError);
        Assert.Contains(Region, result.Errors[1].RawError);
        Assert.Equal(["web-03"], model.Resources(Account, Region, InventoryTarget.Server).Select(s => s.Name));
    }

    [Fact]
    public void A_user_provided_id_once_set_cannot_be_changed_through_the_server_id()
    {
        Apply(Head + "\r\nW,A,web-01,web-01.example.com\r\n");
        var id = Server("web-01").Id;

        var result = Apply("mgn:server:id,mgn:server:user-provided-id,mgn:launch:instance-type\r\n" + id + ",web-99,m5.large\r\n");
        var same = Apply("mgn:server:id,mgn:server:user-provided-id,mgn:launch:instance-type\r\n" + id + ",web-01,m5.xlarge\r\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((2L, InventoryRule.UserProvidedIdChanged), (error.RowNumber, error.Rule));
        Assert.Contains("'web-01'", error.RawError);
        Assert.Contains("'web-99'", error.RawError);
        Assert.Equal(id, error.SourceServerId);
        Assert.Empty(same.Errors);
        Assert.Equal("m5.xlarge", Server("web-01").Properties["mgn:launch:instance-type"]);
    }

    [Fact]
    public void An_exported_file_with_ids_and_read_only_states_applies_and_the_states_are_ignored()
    {
        Apply(Head + ",mgn:server:tag:Owner\r\nWave 1,Billing,web-01,web-01.example.com,alice\r\n");
        var server = Server("web-01");
        var app = model.Resources(Account, Region, InventoryTarget.Application).Single();
        var wave = model.Resources(Account, Region, InventoryTarget.Wave).Single();

        var result = Apply("mgn:wave:id,mgn:wave:name,mgn:app:id,mgn:app:name,mgn:server:id,mgn:server:user-provided-id,mgn:server:lifecycle-state,mgn:server:replication-type,mgn:server:replication-state,mgn:server:tag:Owner,mgn:launch:volume:c:0:type\r\n" +
            $"{wave.Id},Wave 1,{app.Id},Billing,{server.Id},web-01,READY_FOR_TEST,AGENT_BASED,CONTINUOUS,[DELETE_TAG],gp3\r\n");

        Assert.Empty(result.Errors);
        Assert.Equal((0L, 1L), (result.Servers.Created, result.Servers.Modified));
        Assert.Empty(Server("web-01").Tags);
        Assert.Equal(new Dictionary<string, string> { ["mgn:server:fqdn-for-action-framework"] = "web-01.example.com", ["mgn:launch:volume:c:0:type"] = "gp3" }, Server("web-01").Properties);
    }

    [Fact]
    public void A_clone_is_changed_by_a_file_and_the_model_it_came_from_is_not()
    {
        Apply(Head + "\r\nW,A,web-01,web-01.example.com\r\n");
        var copy = model.Clone();

        var check = InventoryChecker.Check(Encoding.UTF8.GetBytes(Head + "\r\nW,A,web-02,web-02.example.com\r\n"));
        var result = copy.Apply(check, Account, Region, _ => "s-99999999999999999");

        Assert.Equal([("s-99999999999999999", true)], result.Changes.Where(c => c.Target == InventoryTarget.Server).Select(c => (c.Id, c.Created)));
        Assert.Equal(2, copy.Resources(Account, Region, InventoryTarget.Server).Count);
        Assert.Single(model.Resources(Account, Region, InventoryTarget.Server));
    }

    [Fact]
    public void A_file_that_names_a_resource_without_changing_it_does_not_count_it_as_modified()
    {
        Apply(Head + ",mgn:server:tag:Owner\r\nW,A,web-01,web-01.example.com,alice\r\nW,A,web-02,web-02.example.com,bob\r\n");

        var result = Apply(Head + ",mgn:server:tag:Owner\r\nW,A,web-01,web-01.example.com,alice\r\nW,A,web-02,web-02.example.com,carol\r\n");

        Assert.Equal((0L, 0L, 0L, 1L), (result.Waves.Modified, result.Applications.Modified, result.Servers.Created, result.Servers.Modified));
        var change = Assert.Single(result.Changes, c => c.Modified);
        Assert.Equal(("web-02", 3L), (change.Name, change.RowNumber));
        var value = Assert.Single(change.Differences);
        Assert.Equal(("mgn:server:tag:Owner", "bob", "carol"), (value.Column, value.Current, value.New));
    }

    [Fact]
    public void Moving_a_server_to_another_application_is_a_change_shown_by_the_applications_names()
    {
        Apply(Head + "\r\nW,Billing,web-01,web-01.example.com\r\n");

        var result = Apply(Head + "\r\nW,Payroll,web-01,web-01.example.com\r\n");

        var server = Assert.Single(result.Changes, c => c.Target == InventoryTarget.Server);
        Assert.Equal([("mgn:app:name", "Billing", "Payroll")], server.Differences.Select(d => (d.Column, d.Current!, d.New!)));
        Assert.Equal((1L, 0L, 1L), (result.Applications.Created, result.Applications.Modified, result.Servers.Modified));
    }

    [Fact]
    public void An_export_read_as_a_reference_holds_its_ids_names_links_values_and_tags()
    {
        var export = "mgn:account-id,mgn:region,mgn:wave:id,mgn:wave:name,mgn:app:id,mgn:app:name,mgn:server:id,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,mgn:server:lifecycle-state,mgn:server:tag:Owner\r\n" +
            $"{Account},{Region},wave-00000000000000001,W,app-00000000000000002,A,s-00000000000000003,web-01,web-01.example.com,READY_FOR_TEST,alice\r\n";

        var reference = InventoryReference.Read(InventoryChecker.Check(Encoding.UTF8.GetBytes(export)));

        Assert.Null(reference.Problem);
        Assert.Equal((Account, Region), (reference.AccountId!, reference.Region!));
        var server = reference.Model.Resources(Account, Region, InventoryTarget.Server).Single();
        Assert.Equal(("s-00000000000000003", "web-01", "app-00000000000000002"), (server.Id, server.Name!, server.ParentId!));
        Assert.Equal("alice", server.Tags["Owner"]);
        Assert.Equal("wave-00000000000000001", reference.Model.Resources(Account, Region, InventoryTarget.Application).Single().ParentId);
    }

    [Fact]
    public void A_file_without_ids_is_no_reference_and_the_problem_names_the_row_and_the_resource()
    {
        var reference = InventoryReference.Read(InventoryChecker.Check(Encoding.UTF8.GetBytes("mgn:account-id,mgn:region," + Head + "\r\n" + Account + "," + Region + ",W,A,web-01,web-01.example.com\r\n")));

        Assert.Equal(2L, reference.ProblemRow);
        Assert.Contains("mgn:wave:id: the wave 'W' has no id", reference.Problem);
    }
}
