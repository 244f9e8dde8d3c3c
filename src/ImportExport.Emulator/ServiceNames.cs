namespace ImportExport.Emulator;

/// <summary>The services the emulator speaks (Import/Export and MGN; STS and the SSO portal for credentials; S3 only as far as imports need it), by the names used in the request log and fault rules.</summary>
public static class ServiceNames
{
    public const string ImportExport = "importexport";
    public const string Mgn = "mgn";
    public const string Sts = "sts";
    public const string Sso = "sso";
    public const string S3 = "s3";

    public static string? Normalize(string name) => name.ToLowerInvariant() switch
    {
        "importexport" or "ie" or "ingestionservice" => ImportExport,
        "mgn" => Mgn,
        "sts" => Sts,
        "sso" or "portal.sso" or "awsssoportal" => Sso,
        "s3" => S3,
        _ => null,
    };
}
