using System.Collections.Generic;

namespace ImportExport.Manifest
{
    /// <summary>A built manifest: its YAML text and what <see cref="ManifestValidator"/> says about it.</summary>
    public sealed class ManifestBuildResult
    {
        internal ManifestBuildResult(string yaml, ManifestValidationResult validation)
        {
            Yaml = yaml;
            Validation = validation;
        }

        /// <summary>The manifest text; use it only when <see cref="IsValid"/>.</summary>
        public string Yaml { get; }

        public ManifestValidationResult Validation { get; }

        public bool IsValid => Validation.IsValid;

        public IReadOnlyList<ManifestProblem> Problems => Validation.Problems;
    }
}
