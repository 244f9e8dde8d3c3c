using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>Issue 13, manifest checks: a line said once, and a byte order mark at the start of -Manifest text ignored by every caller.</summary>
public sealed class ManifestMessageTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void A_manifest_problem_names_its_line_once()
    {
        var errors = PS.Run("New-IEJob -JobType Import -Manifest \"manifestVersion: 2.0`ndeviceId: 1\" @aws -Confirm:$false").AllErrors.ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Single(System.Text.RegularExpressions.Regex.Matches(e.Exception.Message, @"\(line \d+\)")));
    }

    [Fact]
    public void A_byte_order_mark_before_the_manifest_text_is_not_part_of_it()
    {
        PS.SetVariable("bom", "\uFEFF" + ImportExport.Tests.Clients.Manifests.Import());

        Assert.Equal(true, PS.Run("Test-IEManifest -Manifest $bom -JobType Import -Quiet").Output.Single().BaseObject);
        Assert.Empty(PS.Run("Test-IEManifest -Manifest $bom -JobType Import").Output);
        Assert.True(ImportExport.Manifest.ManifestValidator.Validate("\uFEFF" + ImportExport.Tests.Clients.Manifests.Import(), ImportExport.Manifest.ManifestJobType.Import).IsValid);
    }
}
