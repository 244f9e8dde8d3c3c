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
        private static readonly Regex Volume = new Regex(@"^mgn:launch:volume:([^:]+):type$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private InventoryColumn(string header, InventoryTarget target, string property, string? tagKey)
        {
            Header = header;
            Target = target;
            Property = property;
            TagKey = tagKey;
        }

        /// <summary>The column's name as written in the file.</summary>
        public string Header { get; }

        public InventoryTarget Target { get; }

        /// <summary>The canonical name: lower case, tag keys and devices as written (<c>mgn:server:tag:Owner</c>).</summary>
        public string Property { get; }

        /// <summary>The tag key of a <c>...:tag:&lt;key&gt;</c> column, otherwise null.</summary>
        public string? TagKey { get; }

        public bool IsTag => TagKey != null;

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
            }

            foreach (var (prefix, target) in new[]
            {
                ("mgn:wave:tag:", InventoryTarget.Wave),
                ("mgn:app:tag:", InventoryTarget.Application),
                ("mgn:server:tag:", InventoryTarget.Server),
                ("mgn:launch:tag:instance:", InventoryTarget.Server),
            })
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

            problem = $"{header}: not an inventory column (see the mgn: columns of the MGN import file)";
            return null;
        }

        public override string ToString() => Property;
    }
}
