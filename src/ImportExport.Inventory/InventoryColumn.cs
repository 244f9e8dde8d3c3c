using System;
using System.Text.RegularExpressions;

namespace ImportExport.Inventory
{
    /// <summary>
    /// One column of an inventory header. The <c>mgn:</c> prefix and the fixed parts of a name are matched without
    /// regard to case (<c>MGN:Wave:Name</c> is <c>mgn:wave:name</c>); tag keys and volume device names keep theirs.
    /// </summary>
    public sealed class InventoryColumn
    {
        private static readonly Regex Nic = new Regex(@"^mgn:launch:nic:([0-9]{1,2}):(network-interface-id|subnet-id|security-group-id:[0-9]{1,2}|private-ip:[0-9]{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        // A device as the guide writes it: /dev/sda on Linux, c:0 (a disk and its index) on Windows, so the name may
        // hold colons; everything between "volume:" and the final ":type" is the device.
        private static readonly Regex Volume = new Regex(@"^mgn:launch:volume:(.+):type$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);

        private InventoryColumn(string header, InventoryTarget target, string property, string? tagKey, bool readOnly = false)
        {
            Header = header;
            Target = target;
            Property = property;
            TagKey = tagKey;
            IsReadOnly = readOnly;
        }

        /// <summary>
        /// The columns an export writes that an import does not change: accepted in a file (an exported file is
        /// re-imported as it is) and ignored, as the service ignores them.
        /// </summary>
        public static readonly string[] ReadOnlyColumns = { "mgn:server:lifecycle-state", "mgn:server:replication-type", "mgn:server:replication-state" };

        /// <summary>The column's name as written in the file.</summary>
        public string Header { get; }

        public InventoryTarget Target { get; }

        /// <summary>The canonical name: lower case, tag keys and devices as written (<c>mgn:server:tag:Owner</c>).</summary>
        public string Property { get; }

        /// <summary>The tag key of a <c>...:tag:&lt;key&gt;</c> column, otherwise null.</summary>
        public string? TagKey { get; }

        /// <summary>True for a tag of the resource itself (<c>mgn:wave:tag:</c>, <c>mgn:app:tag:</c>, <c>mgn:server:tag:</c>).</summary>
        public bool IsTag => TagKey != null && !IsInstanceTag;

        /// <summary>
        /// True for <c>mgn:launch:tag:instance:&lt;key&gt;</c>: a tag of the instance MGN launches, a launch setting of
        /// the server kept apart from the server's own tags (a key may be both).
        /// </summary>
        public bool IsInstanceTag => TagKey != null && Property.StartsWith(InstanceTagPrefix, StringComparison.Ordinal);

        /// <summary>An export's read-only state column: accepted, never applied.</summary>
        public bool IsReadOnly { get; }

        /// <summary>Whether a cell may hold <see cref="InventoryMarker.DeleteTag"/>: tag columns only.</summary>
        public bool TakesDeleteTag => TagKey != null;

        /// <summary>
        /// Whether a cell may hold <see cref="InventoryMarker.ResetValue"/>: every column that sets a value, not those
        /// that say which resource a row is about (the ids, names and user-provided id, the account and region),
        /// since a row that cleared its own identifier would name nothing. The guide's list is read as examples
        /// (see the emulator's README, "Edit markers"), so the checker refuses the marker only where it cannot mean
        /// anything.
        /// </summary>
        public bool TakesResetValue => !IsReadOnly && Target != InventoryTarget.Scope && Target != InventoryTarget.None && !IsIdentifier;

        /// <summary>An id, a name or a user-provided id: what identifies the row's resource.</summary>
        public bool IsIdentifier =>
            Property == "mgn:wave:id" || Property == "mgn:wave:name" || Property == "mgn:app:id" || Property == "mgn:app:name" ||
            Property == "mgn:server:id" || Property == "mgn:server:user-provided-id";

        internal const string InstanceTagPrefix = "mgn:launch:tag:instance:";

        /// <summary>Classifies a header field; null with <paramref name="problem"/> set for an mgn: column that does not exist.</summary>
        public static InventoryColumn? Parse(string header, out string? problem)
        {
            problem = null;
            if (!header.StartsWith("mgn:", StringComparison.OrdinalIgnoreCase))
            {
                return new InventoryColumn(header, InventoryTarget.None, header, null);
            }

            var lower = header.ToLowerInvariant();
            switch (lower)
            {
                case "mgn:account-id":
                case "mgn:region":
                    return new InventoryColumn(header, InventoryTarget.Scope, lower, null);
                case "mgn:wave:id":
                case "mgn:wave:name":
                case "mgn:wave:description":
                    return new InventoryColumn(header, InventoryTarget.Wave, lower, null);
                case "mgn:app:id":
                case "mgn:app:name":
                case "mgn:app:description":
                    return new InventoryColumn(header, InventoryTarget.Application, lower, null);
                case "mgn:server:id":
                case "mgn:server:user-provided-id":
                case "mgn:server:platform":
                case "mgn:server:fqdn-for-action-framework":
                case "mgn:launch:instance-type":
                case "mgn:launch:iam-instance-profile:name":
                case "mgn:launch:placement:host-id":
                case "mgn:launch:placement:tenancy":
                case "mgn:launch:placement:operating-system-licensing":
                case "mgn:launch:transfer-server-tags":
                    return new InventoryColumn(header, InventoryTarget.Server, lower, null);
                case "mgn:server:lifecycle-state":
                case "mgn:server:replication-type":
                case "mgn:server:replication-state":
                    return new InventoryColumn(header, InventoryTarget.Server, lower, null, readOnly: true);
            }

            foreach (var (prefix, target) in TagPrefixes)
            {
                if (lower.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var key = header.Substring(prefix.Length);
                    if (key.Length == 0 || key.Length > 256)
                    {
                        problem = $"{header}: a tag key must be 1 to 256 characters long";
                        return null;
                    }

                    if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                    {
                        problem = $"{header}: tag keys must not start with the reserved prefix aws:";
                        return null;
                    }

                    return new InventoryColumn(header, target, prefix + key, key);
                }
            }

            if (Nic.IsMatch(header))
            {
                return new InventoryColumn(header, InventoryTarget.Server, lower, null);
            }

            var volume = Volume.Match(header);
            if (volume.Success)
            {
                return new InventoryColumn(header, InventoryTarget.Server, "mgn:launch:volume:" + volume.Groups[1].Value + ":type", null);
            }

            problem = InventoryColumnNames.Unknown(header);
            return null;
        }

        private static readonly (string, InventoryTarget)[] TagPrefixes =
        {
            ("mgn:wave:tag:", InventoryTarget.Wave),
            ("mgn:app:tag:", InventoryTarget.Application),
            ("mgn:server:tag:", InventoryTarget.Server),
            (InstanceTagPrefix, InventoryTarget.Server),
        };

        public override string ToString() => Property;
    }
}
