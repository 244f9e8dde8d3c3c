// ManifestProblemKind, which Test-IEManifest's output names, is in ImportExport.Contracts: the output types live
// where PowerShell resolves them by name.

namespace ImportExport.Manifest
{
    /// <summary>One broken rule of a manifest, located by field path and YAML line so a person can fix it.</summary>
    public sealed class ManifestProblem
    {
        public ManifestProblem(string field, string rule, int? line, ManifestProblemKind kind, string message)
        {
            Field = field;
            Rule = rule;
            Line = line;
            Kind = kind;
            Message = message;
        }

        /// <summary>Path of the field, e.g. <c>returnAddress.city</c> or <c>operations[1].exportBucket</c>; empty for the document itself.</summary>
        public string Field { get; }

        /// <summary>The rule that was broken, phrased as the rule (e.g. "must be yes or no").</summary>
        public string Rule { get; }

        /// <summary>1-based YAML line of the offending node (for a missing field: the line of its parent), when known.</summary>
        public int? Line { get; }

        public ManifestProblemKind Kind { get; }

        /// <summary>A complete sentence naming field, rule and line; safe to show (never echoes secrets, only field names).</summary>
        public string Message { get; }

        /// <summary>The service error code this problem maps to.</summary>
        public string ErrorCode => Kind switch
        {
            ManifestProblemKind.Malformed => "MalformedManifestException",
            ManifestProblemKind.MissingField => "MissingManifestFieldException",
            _ => "InvalidManifestFieldException",
        };

        public override string ToString() => Message;
    }
}
