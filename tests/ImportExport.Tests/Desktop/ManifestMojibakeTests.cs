using ImportExport.Manifest;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Reliability;

namespace ImportExport.Tests.Desktop;

/// <summary>
/// Windows PowerShell 5.1's Get-Content reads a BOM-less UTF-8 file as ANSI: "Müller" arrives as "MÃ¼ller". The cmdlets
/// that take manifest text warn when it looks like that.
/// </summary>
public sealed class ManifestMojibakeTests(ReliabilityEmulator emulator) : ReliabilityTestBase(emulator), IClassFixture<ReliabilityEmulator>
{
    [Theory]
    [InlineData("name: MÃ¼ller", "Ã¼")]
    [InlineData("name: RenÃ© Dupont", "Ã©")]
    [InlineData("street1: StraÃŸe 1", "ÃŸ")]
    [InlineData("company: Acme â€“ Shipping", "â€")]
    [InlineData("note: 20Â°C", "Â°")]
    public void Garbled_text_is_found(string text, string expected) =>
        Assert.Equal(expected, ManifestMojibake.Find(text));

    [Theory]
    [InlineData("name: Müller")]
    [InlineData("name: René Dupont, São Paulo, Ångström, Ärger")]
    [InlineData("street1: Straße 1 – “quoted”")]
    [InlineData("name: Ã")]
    [InlineData("")]
    [InlineData(null)]
    public void Correct_text_is_not_flagged(string? text) =>
        Assert.Null(ManifestMojibake.Find(text));

    [Fact]
    public void New_IEJob_warns_about_text_read_as_ANSI_and_says_what_to_do()
    {
        PS.SetVariable("garbled", Manifests.Import().Replace("Jane Doe", "Jane MÃ¼ller", StringComparison.Ordinal));

        var result = PS.Run("New-IEJob -JobType Import -Manifest $garbled @aws -ValidateOnly");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Ã¼", warning.Message);
        Assert.Contains("-ManifestPath", warning.Message);
        Assert.Contains("-Encoding UTF8", warning.Message);
    }

    [Fact]
    public void Test_IEManifest_warns_too_and_correct_text_gets_no_warning()
    {
        PS.SetVariable("garbled", Manifests.Import().Replace("Jane Doe", "RenÃ© Doe", StringComparison.Ordinal));
        PS.SetVariable("fine", Manifests.Import().Replace("Jane Doe", "René Doe", StringComparison.Ordinal));

        Assert.Single(PS.Run("Test-IEManifest -Manifest $garbled -JobType Import -Quiet").Warnings);
        Assert.Empty(PS.Run("Test-IEManifest -Manifest $fine -JobType Import -Quiet").Warnings);
    }
}
