using System;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The fixed names of the inventory columns, for the words of an unknown column's problem: the name it most
    /// likely meant ("did you mean"), as manifests get for their keys.
    /// </summary>
    internal static class InventoryColumnNames
    {
        private static readonly string[] Known =
        {
            "mgn:account-id", "mgn:region",
            "mgn:wave:id", "mgn:wave:name", "mgn:wave:description", "mgn:wave:tag:<key>",
            "mgn:app:id", "mgn:app:name", "mgn:app:description", "mgn:app:tag:<key>",
            "mgn:server:id", "mgn:server:user-provided-id", "mgn:server:platform", "mgn:server:fqdn-for-action-framework", "mgn:server:tag:<key>",
            "mgn:server:lifecycle-state", "mgn:server:replication-type", "mgn:server:replication-state",
            "mgn:launch:instance-type", "mgn:launch:iam-instance-profile:name",
            "mgn:launch:nic:<n>:network-interface-id", "mgn:launch:nic:<n>:subnet-id", "mgn:launch:nic:<n>:security-group-id:<m>", "mgn:launch:nic:<n>:private-ip:<m>",
            "mgn:launch:placement:host-id", "mgn:launch:placement:tenancy", "mgn:launch:placement:operating-system-licensing",
            "mgn:launch:tag:instance:<key>", "mgn:launch:volume:<device>:type", "mgn:launch:transfer-server-tags",
        };

        /// <summary>The problem of an mgn: column that is not an inventory column, with the likeliest one meant.</summary>
        public static string Unknown(string header)
        {
            var meant = DidYouMean(header);
            return $"{InventoryText.Quote(header)} is not an inventory column" +
                (meant == null ? " (see the mgn: columns of the MGN import file)" : $"; did you mean {meant}?");
        }

        /// <summary>A known name the header starts, or the nearest by edit distance (at most a third of its length), or null.</summary>
        internal static string? DidYouMean(string header)
        {
            var lower = header.ToLowerInvariant();
            if (lower.Length > 80)
            {
                return null;
            }

            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var name in Known)
            {
                // For a name with a <placeholder> only its fixed part is compared: what follows it is the user's.
                var placeholder = name.IndexOf('<');
                var fixedPart = placeholder > 0 ? name.Substring(0, placeholder) : name;

                // A name cut short (mgn:server:fqdn) is the one it starts.
                if (lower.Length >= 12 && fixedPart.Length > lower.Length && fixedPart.StartsWith(lower, StringComparison.Ordinal))
                {
                    return name;
                }

                var compared = placeholder > 0 && lower.Length > fixedPart.Length ? lower.Substring(0, fixedPart.Length) : lower;
                var distance = Levenshtein(compared, fixedPart);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (name, distance);
                }
            }

            return bestDistance <= Math.Max(2, lower.Length / 4) ? best : null;
        }

        private static int Levenshtein(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
