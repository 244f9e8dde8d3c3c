using System;

namespace ImportExport.Manifest
{
    /// <summary>The manifest text cannot be read as one YAML document.</summary>
    internal sealed class ManifestYamlException : Exception
    {
        public ManifestYamlException(string rule, int? line)
            : base(rule)
        {
            Line = line;
        }

        public int? Line { get; }
    }
}
