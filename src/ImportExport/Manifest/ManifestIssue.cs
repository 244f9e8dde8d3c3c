namespace ImportExport.Manifest
{
    /// <summary>
    /// One problem of a manifest as Test-IEManifest reports it: the validator's <see cref="ManifestProblem"/> plus the
    /// manifest it was found in, flat so that a table, Sort-Object or Export-Csv can use every field.
    /// </summary>
    public sealed class ManifestIssue
    {
        public ManifestIssue(string? source, ManifestProblem problem)
        {
            Source = source;
            Line = problem.Line;
            Field = problem.Field;
            Kind = problem.Kind;
            ErrorCode = problem.ErrorCode;
            Rule = problem.Rule;
            Message = problem.Message;
        }

        /// <summary>The manifest file, or null for manifest text.</summary>
        public string? Source { get; }

        /// <summary>1-based YAML line, when known.</summary>
        public int? Line { get; }

        /// <summary>Path of the field, e.g. <c>returnAddress.city</c>; empty for the document itself.</summary>
        public string Field { get; }

        public ManifestProblemKind Kind { get; }

        /// <summary>The error the service would return for it (MalformedManifestException, ...).</summary>
        public string ErrorCode { get; }

        public string Rule { get; }

        public string Message { get; }

        public override string ToString() => Message;
    }
}
