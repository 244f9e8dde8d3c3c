using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.NewMGNImportFile;

/// <summary>New-MGNImportFile: objects in, a checked inventory file out; a file the check rejects is never written.</summary>
public sealed class NewMGNImportFileTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Objects_mapped_by_Map_and_by_property_name_make_a_file_that_passes_the_check()
    {
        var result = RunClean("""
            $cmdb = @(
                [pscustomobject]@{ Host = 'web-01'; Fqdn = 'web-01.corp.example.com'; App = 'Billing, EU'; 'mgn:wave:name' = 'Wave 1' }
                [pscustomobject]@{ Host = 'db-01'; Fqdn = 'db-01.corp.example.com'; App = 'Payroll "core"'; 'mgn:wave:name' = 'Wave 1' })
            $cmdb | New-MGNImportFile -Path ($dir + '/wave1.csv') -Map ([ordered]@{ 'mgn:app:name' = 'App'; 'mgn:server:user-provided-id' = 'Host'; 'mgn:server:fqdn-for-action-framework' = { $_.Fqdn } })
            """);

        var file = Assert.IsType<FileInfo>(result.Output.Single().BaseObject);
        var check = InventoryChecker.Check(File.ReadAllBytes(file.FullName));
        Assert.True(check.IsValid);
        Assert.Equal(2, check.Rows.Count);
        Assert.Equal("Billing, EU", check.Rows[0].Application!.Name);
        Assert.StartsWith("mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,mgn:wave:name\r\n", File.ReadAllText(file.FullName));
        Assert.Empty(RunClean($"Test-MGNImportFile -LiteralPath '{file.FullName}'").Output);
    }

    [Fact]
    public void A_file_the_check_rejects_is_not_written_and_each_problem_is_an_error()
    {
        var result = PS.Run("@([pscustomobject]@{ 'mgn:server:user-provided-id' = 'web-01'; 'mgn:server:platform' = 'Solaris' }, [pscustomobject]@{ 'mgn:server:user-provided-id' = 'web-02'; 'mgn:server:platform' = 'Linux' }) | New-MGNImportFile -Path ($dir + '/bad.csv')");

        Assert.Empty(result.Output);
        Assert.False(File.Exists(Path.Combine(Scratch, "bad.csv")));
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId == "ImportFileInvalid,AllowedValues,ImportExport.Cmdlets.NewMGNImportFileCommand");
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId == "ImportFileInvalid,ServerAddress,ImportExport.Cmdlets.NewMGNImportFileCommand");
        Assert.All(result.Errors, e => Assert.IsType<ImportFileProblem>(e.TargetObject));
    }

    [Fact]
    public void WhatIf_writes_nothing_and_an_existing_file_needs_Force()
    {
        RunClean("[pscustomobject]@{ 'mgn:wave:name' = 'Wave 2' } | New-MGNImportFile -Path ($dir + '/w.csv') -WhatIf");
        Assert.False(File.Exists(Path.Combine(Scratch, "w.csv")));

        RunClean("[pscustomobject]@{ 'mgn:wave:name' = 'Wave 2' } | New-MGNImportFile -Path ($dir + '/w.csv')");
        var again = PS.Run("[pscustomobject]@{ 'mgn:wave:name' = 'Wave 3' } | New-MGNImportFile -Path ($dir + '/w.csv')");
        Assert.Equal("ImportFileExists,ImportExport.Cmdlets.NewMGNImportFileCommand", Assert.Single(again.Errors).FullyQualifiedErrorId);
        RunClean("[pscustomobject]@{ 'mgn:wave:name' = 'Wave 3' } | New-MGNImportFile -Path ($dir + '/w.csv') -Force");
        Assert.Contains("Wave 3", File.ReadAllText(Path.Combine(Scratch, "w.csv")));
    }

    [Fact]
    public void WhatIf_over_an_existing_file_says_what_would_happen_and_changes_nothing()
    {
        RunClean("[pscustomobject]@{ 'mgn:wave:name' = 'Wave 4' } | New-MGNImportFile -Path ($dir + '/kept.csv')");
        var path = Path.Combine(Scratch, "kept.csv");
        var before = File.ReadAllBytes(path);

        var result = PS.Run("[pscustomobject]@{ 'mgn:wave:name' = 'Wave 5' } | New-MGNImportFile -Path ($dir + '/kept.csv') -WhatIf");

        Assert.Empty(result.AllErrors);
        Assert.Contains($"What if: Performing the operation \"Write an MGN inventory file (1 row(s), 1 column(s)), replacing the existing file\" on target \"{path}\"", result.HostText);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_Map_property_no_input_has_is_an_error_naming_it_and_nothing_is_written()
    {
        var result = PS.Run("[pscustomobject]@{ Host = 'web-01'; Fqdn = 'web-01.example.com'; Owner = 'alice' } | New-MGNImportFile -Path ($dir + '/map.csv') -Map ([ordered]@{ 'mgn:server:user-provided-id' = 'Hostname'; 'mgn:server:fqdn-for-action-framework' = 'Fqdn'; 'mgn:server:tag:Owner' = 'Owner' })");

        var error = Assert.Single(result.Errors);
        Assert.Equal("MapPropertyNotFound,ImportExport.Cmdlets.NewMGNImportFileCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'Hostname'", error.Exception.Message);
        Assert.Contains("mgn:server:user-provided-id", error.Exception.Message);
        Assert.Contains("Host, Fqdn, Owner", error.Exception.Message);
        Assert.False(File.Exists(Path.Combine(Scratch, "map.csv")));
    }

    [Fact]
    public void A_Map_script_block_that_throws_is_an_error_naming_the_column_and_the_row()
    {
        var result = PS.Run("1..3 | % { [pscustomobject]@{ Host = \"web-0$_\"; Fqdn = \"web-0$_.example.com\" } } | New-MGNImportFile -Path ($dir + '/boom.csv') -Map ([ordered]@{ 'mgn:server:user-provided-id' = 'Host'; 'mgn:server:fqdn-for-action-framework' = { if ($_.Host -eq 'web-02') { throw 'boom' } $_.Fqdn } })");

        var error = Assert.Single(result.Errors);
        Assert.Equal("MapScriptBlockFailed,ImportExport.Cmdlets.NewMGNImportFileCommand", error.FullyQualifiedErrorId);
        Assert.Equal("-Map 'mgn:server:fqdn-for-action-framework': the script block failed for input object 2 (row 3 of the file): boom", error.Exception.Message);
        Assert.False(File.Exists(Path.Combine(Scratch, "boom.csv")));
    }

    [Fact]
    public void AllowRowErrors_writes_a_file_whose_only_problems_are_rows_and_warns_with_their_count()
    {
        var result = PS.Run("@([pscustomobject]@{ 'mgn:server:user-provided-id' = 'web-01'; 'mgn:server:platform' = 'Solaris'; 'mgn:server:fqdn-for-action-framework' = 'a.example.com' }, [pscustomobject]@{ 'mgn:server:user-provided-id' = 'web-02'; 'mgn:server:platform' = 'Linux'; 'mgn:server:fqdn-for-action-framework' = 'b.example.com' }) | New-MGNImportFile -Path ($dir + '/rows.csv') -AllowRowErrors 3>&1");

        Assert.Empty(result.Errors);
        Assert.Contains(result.Output, o => o.BaseObject is WarningRecord w && w.Message.StartsWith("1 input object(s) make rows with problems (1)", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Scratch, "rows.csv")));
    }
}
