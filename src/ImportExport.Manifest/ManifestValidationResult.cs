using System.Collections.Generic;

namespace ImportExport.Manifest
{
    /// <summary>The outcome of <see cref="ManifestValidator.Validate"/>: every problem at once, plus what callers need from a valid manifest.</summary>
    public sealed class ManifestValidationResult
    {
        internal ManifestValidationResult(
            IReadOnlyList<ManifestProblem> problems,
            IReadOnlyDictionary<string, object?>? document,
            string? accessKeyId,
            IReadOnlyList<string> buckets)
        {
            Problems = problems;
            Document = document;
            AccessKeyId = accessKeyId;
            Buckets = buckets;
        }

        public bool IsValid => Problems.Count == 0;

        /// <summary>All problems, ordered by line.</summary>
        public IReadOnlyList<ManifestProblem> Problems { get; }

        /// <summary>
        /// The parsed top-level map (values are <c>string</c> or <c>null</c> for scalars, nested
        /// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> and <c>IReadOnlyList&lt;object?&gt;</c>); null when the text is not a YAML mapping.
        /// </summary>
        public IReadOnlyDictionary<string, object?>? Document { get; }

        /// <summary>The manifest's <c>accessKeyId</c> when it is a scalar; the service compares it with the signing key.</summary>
        public string? AccessKeyId { get; }

        /// <summary>Distinct bucket names the job touches (bucket, logBucket, operations[].exportBucket), in document order.</summary>
        public IReadOnlyList<string> Buckets { get; }
    }
}
