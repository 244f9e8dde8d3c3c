using System.Collections.Generic;

namespace ImportExport.Manifest
{
    /// <summary>
    /// The problems of one manifest as the checks find them, and the structural checks every mapping shares (required,
    /// single value, known name), so each problem is worded and located the same way wherever it is found.
    /// </summary>
    internal sealed class ManifestProblemList
    {
        public List<ManifestProblem> Items { get; } = new List<ManifestProblem>();

        public void RequireAll(ManifestNode map, string prefix, IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                var value = map.Get(name);
                if (value == null)
                {
                    Missing(prefix + name, "is required", map.KeyLine ?? map.Line);
                }
                else if (value.IsNullOrEmptyScalar)
                {
                    Missing(prefix + name, "is required and must not be empty", value.Line);
                }
            }
        }

        /// <summary>Returns the field when it is a scalar; reports it when it is a list or mapping instead.</summary>
        public ManifestNode? Scalar(ManifestNode map, string prefix, string name)
        {
            var node = map.Get(name);
            if (node == null)
            {
                return null;
            }

            if (node.Kind != ManifestNodeKind.Scalar)
            {
                Invalid(prefix + name, "must be a single value, not a " + (node.Kind == ManifestNodeKind.Mapping ? "mapping" : "list"), node.Line);
                return null;
            }

            return node;
        }

        /// <summary>Reports every key of <paramref name="map"/> that is not one of <paramref name="known"/>, at the key's line.</summary>
        /// <remarks>
        /// An unknown field is an error (InvalidManifestFieldException) for the emulator and for the local check alike.
        /// The service's pages document no case in which it accepts and ignores a manifest field: its documented answer
        /// for a field it cannot use is InvalidManifestFieldException, and WarningMessage is described for issues of the
        /// job (an incompatible bucket name), not of the manifest text. A typo that passed (<c>notificationEmails</c>,
        /// <c>logPrefx</c>) would silently drop the notifications or move the log, which a user learns only after the
        /// device is shipped. One rule set: the emulator answers what Test-IEManifest and New-IEJob report, so a manifest
        /// the local check passes is one the emulator accepts; -SkipManifestValidation still sends one unchecked.
        /// </remarks>
        public void RejectUnknown(ManifestNode map, string prefix, IReadOnlyList<string> known)
        {
            foreach (var entry in map.Entries)
            {
                var name = entry.Key.Value ?? string.Empty;
                if (Contains(known, name))
                {
                    continue;
                }

                var suggestion = ManifestFieldNames.Suggest(name, known);
                Invalid(prefix + name, "is unknown" + (suggestion == null ? string.Empty : $"; did you mean '{suggestion}'?"), entry.Key.Line);
            }
        }

        public void Missing(string field, string rule, int? line) =>
            Items.Add(new ManifestProblem(field, rule, line, ManifestProblemKind.MissingField, Describe(field, rule, line)));

        public void Invalid(string field, string rule, int? line) =>
            Items.Add(new ManifestProblem(field, rule, line, ManifestProblemKind.InvalidField, Describe(field, rule, line)));

        // Field names are compared as the service reads YAML keys: exactly. A case-only difference is unknown (and
        // its suggestion is the right spelling).
        private static bool Contains(IReadOnlyList<string> known, string name)
        {
            foreach (var candidate in known)
            {
                if (string.Equals(candidate, name, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Describe(string field, string rule, int? line) =>
            $"Manifest field '{field}' {rule}" + (line.HasValue ? $" (line {line})." : ".");
    }
}
