using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.Query;

namespace ImportExport.Emulator.IE;

/// <summary>Import/Export's required parameters, with the service's own errors for a missing or malformed one.</summary>
internal static class IeParameters
{
    public static string Required(this QueryRequest request, string name)
    {
        var value = request.Optional(name);
        return string.IsNullOrEmpty(value)
            ? throw new ServiceErrorException(400, "MissingParameterException", $"The request must contain the parameter {name}.")
            : value;
    }

    public static string RequiredJobType(this QueryRequest request)
    {
        var value = request.Required("JobType");
        return value is "Import" or "Export"
            ? value
            : throw new ServiceErrorException(400, "InvalidParameterException", $"JobType must be Import or Export, not '{value}'.");
    }

    public static bool RequiredBoolean(this QueryRequest request, string name)
    {
        var value = request.Required(name);
        return bool.TryParse(value, out var result)
            ? result
            : throw new ServiceErrorException(400, "InvalidParameterException", $"{name} must be true or false, not '{value}'.");
    }
}
