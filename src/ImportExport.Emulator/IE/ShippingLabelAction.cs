using System.Globalization;
using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.Query;
using ImportExport.Manifest;

namespace ImportExport.Emulator.IE;

/// <summary>Import/Export's GetShippingLabel: one label for the jobs shipped together, served as a PDF by this emulator.</summary>
internal sealed class ShippingLabelAction(EmulatorState state)
{
    private static readonly string[] AddressFields = ["name", "company", "street1", "street2", "street3", "city", "stateOrProvince", "postalCode", "country", "phoneNumber"];

    public ServiceResponse GetShippingLabel(QueryRequest request)
    {
        // jobIds.member.N, in N order.
        var jobIds = request.Exchange.Signed.QueryParameters.Concat(request.Exchange.Signed.FormParameters)
            .Where(p => p.Key.StartsWith("jobIds.member.", StringComparison.Ordinal))
            .Select(p => (Index: int.TryParse(p.Key["jobIds.member.".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue, p.Value))
            .OrderBy(p => p.Index)
            .Select(p => p.Value)
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (jobIds.Count == 0)
        {
            throw new ServiceErrorException(400, "MissingParameterException", "The request must contain the parameter jobIds.");
        }

        var manifests = new List<string>();
        foreach (var jobId in jobIds)
        {
            var job = JobLookup.FindUsable(state, request, jobId);
            manifests.Add(job.Manifest);
        }

        var lines = new List<string> { "Job ID(s): " + string.Join(", ", jobIds), string.Empty, "From:" };
        lines.AddRange(ReturnAddress(request, manifests[0]).Where(a => !string.IsNullOrWhiteSpace(a))!);
        lines.AddRange([string.Empty, "To:", "AWS Import/Export", "JFK27", "2 Gateway Dr", "Secaucus, NJ 07094", "United States"]);
        var token = state.Labels.Register(lines);

        using var xml = request.Result("GetShippingLabel");
        xml.Element("ShippingLabelURL", $"{request.Exchange.PublicBaseUrl}/__labels/{token}.pdf");
        return request.Ok(xml);
    }

    private static string?[] ReturnAddress(QueryRequest request, string firstManifest)
    {
        var given = AddressFields.Select(f => request.Optional(f)).ToArray();
        if (given.Any(v => !string.IsNullOrEmpty(v)))
        {
            return given;
        }

        // Without an address in the request the label uses the first job's returnAddress.
        var document = ManifestValidator.Validate(firstManifest, ManifestJobType.Import).Document;
        var fromManifest = document?.GetValueOrDefault("returnAddress") as IReadOnlyDictionary<string, object?>;
        return AddressFields.Select(f => fromManifest?.GetValueOrDefault(f) as string).ToArray();
    }
}
