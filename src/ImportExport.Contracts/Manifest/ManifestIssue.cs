namespace ImportExport.Manifest
{
    /// <summary>
    /// One problem of a manifest as Test-IEManifest reports it: what the validator found plus the manifest it was
    /// found in, flat so that a table, Sort-Object or Export-Csv can use every field.
    /// </summary>
    public sealed class ManifestIssue
    {
        public ManifestIssue(string? source, int? line, string field, ManifestProblemKind kind, string errorCode, string rule, string message)
        {
            Source = source;
            Line = line;
            Field = field;
            Kind = kind.ToString();
            ErrorCode = errorCode;
            Rule = rule;
            Message = message;
        }

        /// <summary>The manifest file, or null for manifest text.</summary>
        public string? Source { get; }

        /// <summary>1-based YAML line, when known.</summary>
        public int? Line { get; }

        /// <summary>Path of the field, e.g. <c>returnAddress.city</c>; empty for the document itself.</summary>
        public string Field { get; }

        /// <summary>"Malformed", "MissingField" or "InvalidField" (the name of a <see cref="ManifestProblemKind"/>).</summary>
        public string Kind { get; }

        /// <summary>The error the service would return for it (MalformedManifestException, ...).</summary>
        public string ErrorCode { get; }

        public string Rule { get; }

        public string Message { get; }

        /// <summary>The message: an issue has no id, and its message names the field, the rule and the line.</summary>
        public override string ToString() => Message;
    }
}
