using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.Query;

namespace ImportExport.Emulator.IE;

/// <summary>
/// AWS Import/Export, API 2010-06-01, query protocol: form-encoded <c>POST /</c> with <c>Action</c> (botocore also
/// puts <c>?Operation=X</c> in some URLs), XML responses in the 2010-06-01 namespace. Signed with SigV4 as
/// <c>IngestionService</c> in us-east-1 (what botocore sends) or with SigV2 form parameters (older SDKs).
/// </summary>
internal sealed class ImportExportProtocol(EmulatorState state) : QueryProtocol(Style)
{
    public const string SigningName = "IngestionService";
    public const string SigningRegion = "us-east-1";
    public const string Namespace = "http://importexport.amazonaws.com/doc/2010-06-01/";

    private static readonly QueryXmlStyle Style = new(Namespace, XmlDeclaration: true);

    private readonly EmulatorState state = state;

    public override string Service => ServiceNames.ImportExport;

    protected override IReadOnlyDictionary<string, QueryAction> Actions { get; } = ActionsOf(state);

    protected override bool AuthenticatesEveryRequest => true;

    protected override string? ActionOf(SignedRequest request) =>
        base.ActionOf(request) ?? ParameterPairs.Get(request.QueryParameters, "Operation");

    // ?Operation= only routes the request; it is not the operation's input.
    protected override bool IsLogged(string name) => name != "Operation";

    protected override AuthResult Verify(SignedRequest request, DateTimeOffset now) => SigV2Verifier.IsSigV2(request)
        ? state.SigV2.Verify(request, now)
        : state.SigV4.Verify(request, SigningName, SigningRegion, now);

    protected override ServiceErrorException InternalError() =>
        new(500, "InternalError", "We encountered an internal error. Please try again.");

    protected override ServiceErrorException InvalidAction(string action) =>
        new(400, "InvalidAction", $"The action {action} is not valid for this web service.");

    protected override ServiceErrorException UnknownAccessKey() =>
        new(403, "InvalidAccessKeyIdException", "The AWS Access Key Id you provided does not exist in our records.");

    protected override ServiceErrorException ExpiredToken(AuthResult result) => new(403, "ExpiredToken", result.Message);

    private static Dictionary<string, QueryAction> ActionsOf(EmulatorState state)
    {
        var changes = new JobChanges(state);
        var queries = new JobQueries(state);
        var labels = new ShippingLabelAction(state);
        return new(StringComparer.Ordinal)
        {
            ["CreateJob"] = new(changes.CreateJob),
            ["UpdateJob"] = new(changes.UpdateJob),
            ["CancelJob"] = new(changes.CancelJob),
            ["GetStatus"] = new(queries.GetStatus),
            ["ListJobs"] = new(queries.ListJobs),
            ["GetShippingLabel"] = new(labels.GetShippingLabel),
        };
    }
}
