using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Optional id parameters are checked locally too, and a refused id sends nothing. The mandatory ones (-JobId of
/// Get-IEJobStatus, Stop-IEJob, ...) get an empty or null value refused by PowerShell's own Mandatory check before
/// ValidateJobIdAttribute runs, so only optional parameters can tell whether the attribute's blank check works.
/// </summary>
/// <remarks>
/// Bugs these tests guard against (each was put in once and seen to fail a test here):
/// - ValidateJobIdAttribute's blank check broken (<c>id.Trim().Length == 0</c> → <c>&lt; 0</c>): <c>Get-IEJob -Marker ''</c>
///   sent ListJobs with <c>Marker=""</c>.
/// - ValidateImportIdAttribute not applied to the optional -ImportId of Get-MGNImport: a blank id was sent as a filter.
/// The optional id-like parameters of the module: Get-IEJob -Marker (job id), Get-MGNImport -ImportId (import id).
/// Save-IESignatureFile -JobId is optional too but never sent anywhere and deliberately allows empty (see the cmdlet).
/// </remarks>
public sealed class OptionalIdValidationTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private long LastSequence => Emulator.State.Requests.LastOrDefault()?.Sequence ?? 0;

    private int RequestsSince(long sequence, string operation) =>
        Emulator.State.Requests.Count(r => r.Sequence > sequence && r.Operation == operation);

    [Theory]
    [InlineData("''")]
    [InlineData("' '")]
    [InlineData("\"`t\"")]
    [InlineData("'   '")]
    public void A_blank_Marker_is_refused_and_nothing_is_sent(string marker)
    {
        var since = LastSequence;

        var result = PS.Run($"Get-IEJob -Marker {marker} @aws");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("ParameterArgumentValidationError,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("Marker", error.Exception.Message);
        Assert.Empty(result.Output);
        Assert.Equal(0, RequestsSince(since, "ListJobs"));
    }

    [Fact]
    public void An_empty_Marker_names_the_blank_rule()
    {
        var result = PS.Run("Get-IEJob -Marker '' @aws");

        // The blank check itself, not some other rule that happens to catch the value.
        Assert.Contains("cannot be empty or blank", Assert.Single(result.AllErrors).Exception.Message);
    }

    [Theory]
    [InlineData("''")]
    [InlineData("' '")]
    [InlineData("@('')")]
    [InlineData("@('import-1a2b3c4d5e6f7g8h9', '')")]
    public void A_blank_optional_ImportId_is_refused_and_nothing_is_sent(string ids)
    {
        var since = LastSequence;

        var result = PS.Run($"Get-MGNImport -ImportId {ids} @aws");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("ParameterArgumentValidationError,ImportExport.Cmdlets.GetMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Empty(result.Output);
        Assert.Equal(0, RequestsSince(since, "ListImports"));
    }

    [Fact]
    public void A_blank_ImportId_from_the_pipeline_is_an_error_and_nothing_is_sent()
    {
        var since = LastSequence;

        var result = PS.Run("[pscustomobject]@{ ImportId = '' }, [pscustomobject]@{ ImportId = ' ' } | Get-MGNImport @aws");

        Assert.Equal(2, result.AllErrors.Count());
        Assert.All(result.AllErrors, e => Assert.StartsWith("ParameterArgumentValidationError,", e.FullyQualifiedErrorId));
        Assert.Equal(0, RequestsSince(since, "ListImports"));
    }
}
