using System;
using System.Collections.Generic;
using System.Linq;

namespace ImportExport.Manifest
{
    /// <summary>One entry of an export manifest's <c>operations</c> list.</summary>
    public sealed class ManifestExportOperation
    {
        /// <summary>The field names an operation may have, in the order they are written.</summary>
        public static readonly IReadOnlyList<string> FieldNames = new[] { "exportBucket", "prefix", "beginMarker", "endMarker", "targetDirectory", "recoveryDirectory" };

        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.Ordinal);

        public string? ExportBucket
        {
            get => Get("exportBucket");
            set => Set("exportBucket", value);
        }

        public string? Prefix
        {
            get => Get("prefix");
            set => Set("prefix", value);
        }

        public string? BeginMarker
        {
            get => Get("beginMarker");
            set => Set("beginMarker", value);
        }

        public string? EndMarker
        {
            get => Get("endMarker");
            set => Set("endMarker", value);
        }

        public string? TargetDirectory
        {
            get => Get("targetDirectory");
            set => Set("targetDirectory", value);
        }

        public string? RecoveryDirectory
        {
            get => Get("recoveryDirectory");
            set => Set("recoveryDirectory", value);
        }

        /// <summary>Sets a field by name, ignoring case (<c>exportbucket</c> is <c>exportBucket</c>).</summary>
        /// <exception cref="ArgumentException">No operation field has that name.</exception>
        public void Set(string field, string? value)
        {
            var name = ManifestBuilder.Canonical(FieldNames, field)
                ?? throw new ArgumentException($"'{field}' is not an export operation field; use {string.Join(", ", FieldNames)}.");
            if (value is null)
            {
                _values.Remove(name);
            }
            else
            {
                _values[name] = value;
            }
        }

        internal IEnumerable<KeyValuePair<string, string>> Fields =>
            FieldNames.Where(_values.ContainsKey).Select(n => new KeyValuePair<string, string>(n, _values[n]));

        private string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;
    }
}
