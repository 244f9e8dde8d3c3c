using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The rules of an MGN inventory file (the user guide's import page, the 2020-02-26 model), applied to a whole
    /// file: every problem is reported, each with the row and column it concerns. Rows with a problem are rejected
    /// (VALIDATION_ERROR); the other rows are what an import applies, in file order. One rule set: the module's
    /// Test-MGNImportFile and the emulator's StartImport both call <see cref="Check(byte[])"/>.
    /// </summary>
    public static class InventoryChecker
    {
        /// <summary>At most this many servers in one application.</summary>
        public const int MaxServersPerApplication = 200;

        public const int MaxTagsPerResource = 50;
        public const int MaxNameLength = 256;
        public const int MaxDescriptionLength = 600;
        public const int MaxTagLength = 256;

        private const RegexOptions Options = RegexOptions.CultureInvariant;
        private static readonly Regex NamePattern = new Regex(@"^[^\s\x00]( *[^\s\x00])*$", Options);
        private static readonly Regex AccountPattern = new Regex("^[0-9]{12}$", Options);
        private static readonly Regex RegionPattern = new Regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", Options);
        private static readonly Regex WaveIdPattern = new Regex("^wave-[0-9a-zA-Z]{17}$", Options);
        private static readonly Regex AppIdPattern = new Regex("^app-[0-9a-zA-Z]{17}$", Options);
        private static readonly Regex ServerIdPattern = new Regex("^s-[0-9a-zA-Z]{17}$", Options);
        private static readonly Regex InstanceTypePattern = new Regex(@"^[a-z0-9-]+\.[a-z0-9-]+$", Options);
        private static readonly Regex ProfilePattern = new Regex(@"^[\w+=,.@-]{1,128}$", Options);
        private static readonly Regex EniPattern = new Regex("^eni-[0-9a-f]{8,17}$", Options);
        private static readonly Regex SubnetPattern = new Regex("^subnet-[0-9a-f]{8,17}$", Options);
        private static readonly Regex SecurityGroupPattern = new Regex("^sg-[0-9a-f]{8,17}$", Options);
        private static readonly Regex HostPattern = new Regex("^h-[0-9a-f]{8,17}$", Options);

        private static readonly string[] Platforms = { "Linux", "Windows" };
        private static readonly string[] Tenancies = { "default", "dedicated", "host" };
        private static readonly string[] Licensing = { "LI", "BYOL" };
        private static readonly string[] VolumeTypes = { "gp2", "gp3", "io1", "io2", "st1", "sc1", "standard" };
        private static readonly string[] Booleans = { "true", "false" };

        /// <summary>Checks the bytes of an inventory file.</summary>
        public static InventoryCheck Check(byte[] bytes)
        {
            CsvDocument document;
            try
            {
                document = CsvDocument.Parse(bytes);
            }
            catch (NotCsvException ex)
            {
                return NotCsv(ex.Message);
            }

            return Check(document);
        }

        /// <summary>Checks a parsed CSV document.</summary>
        public static InventoryCheck Check(CsvDocument document)
        {
            var problems = new List<ImportFileProblem>();
            if (document.Records.Count == 0)
            {
                return NotCsv("the file is empty");
            }

            var header = document.Records[0];
            var columns = new InventoryColumn?[header.Fields.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var inventoryColumns = 0;
            for (var i = 0; i < header.Fields.Count; i++)
            {
                var name = header.Fields[i];
                var column = InventoryColumn.Parse(name, out var problem);
                if (column == null)
                {
                    problems.Add(Validation(1, name, null, InventoryRule.UnknownColumn, problem!));
                    continue;
                }

                if (column.Target == InventoryTarget.None)
                {
                    continue;
                }

                inventoryColumns++;
                if (!seen.Add(column.Property))
                {
                    problems.Add(Validation(1, name, null, InventoryRule.DuplicateColumn, $"{name}: the column appears more than once in the header"));
                    continue;
                }

                columns[i] = column;
            }

            if (inventoryColumns == 0 && problems.Count == 0)
            {
                problems.Add(Validation(1, null, null, InventoryRule.NoInventoryColumns, "the header has no mgn: column; the first row of an inventory file names its columns (mgn:wave:name, mgn:app:name, mgn:server:user-provided-id, ...)"));
            }

            if (problems.Count > 0)
            {
                return new InventoryCheck(problems, new List<InventoryRow>(), fileRejected: true, document.Records.Count - 1);
            }

            var candidates = new List<InventoryRow>();
            for (var r = 1; r < document.Records.Count; r++)
            {
                var record = document.Records[r];
                var rowProblems = new List<ImportFileProblem>();
                if (record.Defect != null)
                {
                    rowProblems.Add(Validation(record.RowNumber, null, null, InventoryRule.Quoting, "the row is not valid CSV: " + record.Defect));
                }

                if (record.Fields.Count != header.Fields.Count)
                {
                    rowProblems.Add(Validation(record.RowNumber, null, null, InventoryRule.FieldCount,
                        $"the row has {record.Fields.Count} field{(record.Fields.Count == 1 ? string.Empty : "s")}, the header {header.Fields.Count}"));
                }

                if (rowProblems.Count == 0)
                {
                    var row = ReadRow(record, columns, rowProblems);
                    if (rowProblems.Count == 0 && row != null)
                    {
                        candidates.Add(row);
                    }
                }

                problems.AddRange(rowProblems);
            }

            var accepted = CrossRow(candidates, problems);
            return new InventoryCheck(problems, accepted, fileRejected: false, document.Records.Count - 1);
        }

        private static InventoryCheck NotCsv(string reason) =>
            new InventoryCheck(
                new List<ImportFileProblem> { new ImportFileProblem(0, null, null, InventoryRule.NotCsv, InventoryRule.ProcessingError, "The file is not a CSV inventory file: " + reason + ".") },
                new List<InventoryRow>(),
                fileRejected: true,
                0);

        private static ImportFileProblem Validation(int row, string? column, string? value, string rule, string message) =>
            new ImportFileProblem(row, column, value, rule, InventoryRule.ValidationError, message);

        private static InventoryRow? ReadRow(CsvRecord record, InventoryColumn?[] columns, List<ImportFileProblem> problems)
        {
            var row = new InventoryRow(record.RowNumber);
            var wave = new InventoryEntity(InventoryTarget.Wave);
            var app = new InventoryEntity(InventoryTarget.Application);
            var server = new InventoryEntity(InventoryTarget.Server);
            var waveColumns = new List<InventoryColumn>();
            var appColumns = new List<InventoryColumn>();
            var serverColumns = new List<InventoryColumn>();
            var n = record.RowNumber;

            void Fail(InventoryColumn column, string value, string rule, string message) =>
                problems.Add(Validation(n, column.Header, value, rule, column.Header + ": " + message));

            for (var i = 0; i < columns.Length; i++)
            {
                var column = columns[i];
                var value = record.Fields[i];
                if (column == null || value.Length == 0)
                {
                    continue;
                }

                var entity = column.Target switch
                {
                    InventoryTarget.Wave => wave,
                    InventoryTarget.Application => app,
                    InventoryTarget.Server => server,
                    _ => null,
                };
                (column.Target == InventoryTarget.Wave ? waveColumns : column.Target == InventoryTarget.Application ? appColumns : serverColumns).Add(column);

                if (column.IsTag)
                {
                    if (value.Length > MaxTagLength)
                    {
                        Fail(column, value, InventoryRule.Tag, $"a tag value must be at most {MaxTagLength} characters long (it has {value.Length})");
                    }

                    entity!.Tags[column.TagKey!] = value;
                    continue;
                }

                switch (column.Property)
                {
                    case "mgn:account-id":
                        if (!AccountPattern.IsMatch(value))
                        {
                            Fail(column, value, InventoryRule.AccountId, "an account id is 12 digits");
                        }

                        row.AccountId = value;
                        continue;
                    case "mgn:region":
                        if (!RegionPattern.IsMatch(value))
                        {
                            Fail(column, value, InventoryRule.Region, "not a region name (like us-east-1)");
                        }

                        row.Region = value;
                        continue;
                    case "mgn:wave:id":
                        CheckPattern(value, WaveIdPattern, "wave-", column, Fail);
                        wave.Id = value;
                        continue;
                    case "mgn:app:id":
                        CheckPattern(value, AppIdPattern, "app-", column, Fail);
                        app.Id = value;
                        continue;
                    case "mgn:server:id":
                        CheckPattern(value, ServerIdPattern, "s-", column, Fail);
                        server.Id = value;
                        continue;
                    case "mgn:wave:name":
                    case "mgn:app:name":
                    case "mgn:server:user-provided-id":
                        CheckName(value, column, Fail);
                        entity!.Name = value;
                        continue;
                    case "mgn:wave:description":
                    case "mgn:app:description":
                        if (value.Length > MaxDescriptionLength)
                        {
                            Fail(column, value, InventoryRule.DescriptionLength, $"a description must be at most {MaxDescriptionLength} characters long (it has {value.Length})");
                        }

                        break;
                    case "mgn:server:platform":
                        value = CheckAllowed(value, Platforms, column, Fail);
                        break;
                    case "mgn:launch:placement:tenancy":
                        value = CheckAllowed(value, Tenancies, column, Fail);
                        break;
                    case "mgn:launch:placement:operating-system-licensing":
                        value = CheckAllowed(value, Licensing, column, Fail);
                        break;
                    case "mgn:launch:transfer-server-tags":
                        value = CheckAllowed(value, Booleans, column, Fail);
                        break;
                    case "mgn:launch:instance-type":
                        CheckValue(value, InstanceTypePattern, "not an EC2 instance type (like m5.large)", column, Fail);
                        break;
                    case "mgn:launch:iam-instance-profile:name":
                        CheckValue(value, ProfilePattern, "not an IAM instance profile name (1 to 128 letters, digits and +=,.@_-)", column, Fail);
                        break;
                    case "mgn:launch:placement:host-id":
                        CheckValue(value, HostPattern, "not a dedicated host id (h-...)", column, Fail);
                        break;
                    case "mgn:server:fqdn-for-action-framework":
                        if (value.Length > 255 || value.Any(char.IsWhiteSpace))
                        {
                            Fail(column, value, InventoryRule.Value, "not a host name (at most 255 characters, no spaces)");
                        }

                        break;
                    default:
                        CheckLaunchValue(value, column, Fail);
                        break;
                }

                entity!.Properties[column.Property] = value;
            }

            var nothing = true;
            foreach (var (entity, used, idColumn, nameColumn, what) in new[]
            {
                (wave, waveColumns, "mgn:wave:id", "mgn:wave:name", "wave"),
                (app, appColumns, "mgn:app:id", "mgn:app:name", "application"),
                (server, serverColumns, "mgn:server:id", "mgn:server:user-provided-id", "server"),
            })
            {
                if (used.Count == 0)
                {
                    continue;
                }

                nothing = false;
                if (entity.Id == null && entity.Name == null)
                {
                    var first = used[0];
                    problems.Add(Validation(n, first.Header, record.Fields[Array.IndexOf(columns, first)], InventoryRule.IdentifierRequired,
                        $"{first.Header}: a row that gives a property of a {what} must identify it with {nameColumn} or {idColumn}"));
                }
            }

            if (nothing)
            {
                problems.Add(Validation(n, null, null, InventoryRule.NoResource, "the row names no wave, application or server"));
                return null;
            }

            row.Wave = waveColumns.Count > 0 ? wave : null;
            row.Application = appColumns.Count > 0 ? app : null;
            row.Server = serverColumns.Count > 0 ? server : null;
            return row;
        }

        private static void CheckPattern(string value, Regex pattern, string prefix, InventoryColumn column, Action<InventoryColumn, string, string, string> fail)
        {
            if (!pattern.IsMatch(value))
            {
                fail(column, value, InventoryRule.IdFormat, $"not an id of the form {prefix} followed by 17 letters and digits");
            }
        }

        private static void CheckName(string value, InventoryColumn column, Action<InventoryColumn, string, string, string> fail)
        {
            if (value.Length > MaxNameLength)
            {
                fail(column, value, InventoryRule.Name, $"a name must be 1 to {MaxNameLength} characters long (it has {value.Length})");
            }
            else if (!NamePattern.IsMatch(value))
            {
                fail(column, value, InventoryRule.Name, "a name must not start or end with a space, nor contain tabs or line breaks");
            }
        }

        private static string CheckAllowed(string value, string[] allowed, InventoryColumn column, Action<InventoryColumn, string, string, string> fail)
        {
            // Matched without regard to case, written back as the service spells it.
            var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (match == null)
            {
                fail(column, value, InventoryRule.AllowedValues, $"'{value}' is not one of {string.Join(", ", allowed)}");
                return value;
            }

            return match;
        }

        private static void CheckValue(string value, Regex pattern, string message, InventoryColumn column, Action<InventoryColumn, string, string, string> fail)
        {
            if (!pattern.IsMatch(value))
            {
                fail(column, value, InventoryRule.Value, message);
            }
        }

        private static void CheckLaunchValue(string value, InventoryColumn column, Action<InventoryColumn, string, string, string> fail)
        {
            var p = column.Property;
            if (p.EndsWith(":network-interface-id", StringComparison.Ordinal))
            {
                CheckValue(value, EniPattern, "not a network interface id (eni-...)", column, fail);
            }
            else if (p.EndsWith(":subnet-id", StringComparison.Ordinal))
            {
                CheckValue(value, SubnetPattern, "not a subnet id (subnet-...)", column, fail);
            }
            else if (p.Contains(":security-group-id:"))
            {
                CheckValue(value, SecurityGroupPattern, "not a security group id (sg-...)", column, fail);
            }
            else if (p.Contains(":private-ip:"))
            {
                if (!IPAddress.TryParse(value, out var ip) || ip.AddressFamily != AddressFamily.InterNetwork || value.Count(c => c == '.') != 3)
                {
                    fail(column, value, InventoryRule.Value, "not an IPv4 address");
                }
            }
            else if (p.StartsWith("mgn:launch:volume:", StringComparison.Ordinal))
            {
                if (!VolumeTypes.Contains(value.ToLowerInvariant()))
                {
                    fail(column, value, InventoryRule.AllowedValues, $"'{value}' is not one of {string.Join(", ", VolumeTypes)}");
                }
            }
        }

        /// <summary>
        /// The rules across rows, in file order: rows about one resource must not conflict (the first value of a
        /// property stands; a later, different one rejects its row), a server belongs to one application and an
        /// application to one wave, at most 50 tags a resource, 200 servers an application, and a server the file
        /// creates needs an FQDN or an IP address.
        /// </summary>
        private static List<InventoryRow> CrossRow(List<InventoryRow> rows, List<ImportFileProblem> problems)
        {
            var merged = new Dictionary<string, Merged>(StringComparer.Ordinal);
            var accepted = new List<InventoryRow>();
            var serversOfApp = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

            foreach (var row in rows)
            {
                var rowProblems = new List<ImportFileProblem>();
                var waveKey = row.Wave == null ? null : row.Scope + "|W|" + row.Wave.Key;
                var appKey = row.Application == null ? null : row.Scope + "|A|" + row.Application.Key;
                var serverKey = row.Server == null ? null : row.Scope + "|S|" + row.Server.Key;

                Merged Of(string key) => merged.TryGetValue(key, out var m) ? m : merged[key] = new Merged();
                void Compare(string? key, InventoryEntity? entity, string? parentKey, string parentColumn, string what, string parentWhat)
                {
                    if (key == null || entity == null)
                    {
                        return;
                    }

                    var m = Of(key);
                    if (entity.Id != null && entity.Name != null && m.Name != null && !string.Equals(m.Name, entity.Name, what == "server" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                    {
                        rowProblems.Add(Validation(row.RowNumber, null, entity.Name, InventoryRule.Conflict, $"the {what} {entity.Id} is named '{m.Name}' on row {m.NameRow}"));
                    }

                    foreach (var property in entity.Properties)
                    {
                        if (m.Properties.TryGetValue(property.Key, out var earlier) && earlier.Value != property.Value)
                        {
                            rowProblems.Add(Validation(row.RowNumber, property.Key, property.Value, InventoryRule.Conflict,
                                $"{property.Key}: '{property.Value}' conflicts with '{earlier.Value}' on row {earlier.Row} for the same {what}"));
                        }
                    }

                    foreach (var tag in entity.Tags)
                    {
                        if (m.Tags.TryGetValue(tag.Key, out var earlier) && earlier.Value != tag.Value)
                        {
                            rowProblems.Add(Validation(row.RowNumber, "tag:" + tag.Key, tag.Value, InventoryRule.Conflict,
                                $"tag {tag.Key}: '{tag.Value}' conflicts with '{earlier.Value}' on row {earlier.Row} for the same {what}"));
                        }
                    }

                    var tagCount = m.Tags.Keys.Union(entity.Tags.Keys).Count();
                    if (tagCount > MaxTagsPerResource)
                    {
                        rowProblems.Add(Validation(row.RowNumber, null, null, InventoryRule.TagCount, $"the {what} would have {tagCount} tags; at most {MaxTagsPerResource} are allowed"));
                    }

                    if (parentKey != null && m.Parent != null && m.Parent.Value != parentKey)
                    {
                        rowProblems.Add(Validation(row.RowNumber, parentColumn, null, InventoryRule.Conflict,
                            $"the {what} belongs to one {parentWhat}; row {m.Parent.Row} puts it in another"));
                    }
                }

                Compare(waveKey, row.Wave, null, string.Empty, "wave", string.Empty);
                Compare(appKey, row.Application, waveKey, row.Wave?.Id != null ? "mgn:wave:id" : "mgn:wave:name", "application", "wave");
                Compare(serverKey, row.Server, appKey, row.Application?.Id != null ? "mgn:app:id" : "mgn:app:name", "server", "application");

                if (serverKey != null && appKey != null && rowProblems.Count == 0)
                {
                    if (!serversOfApp.TryGetValue(appKey, out var servers))
                    {
                        serversOfApp[appKey] = servers = new HashSet<string>(StringComparer.Ordinal);
                    }

                    if (!servers.Contains(serverKey) && servers.Count >= MaxServersPerApplication)
                    {
                        rowProblems.Add(Validation(row.RowNumber, row.Application!.Id != null ? "mgn:app:id" : "mgn:app:name", row.Application.Id ?? row.Application.Name, InventoryRule.ServersPerApplication,
                            $"the application already has {MaxServersPerApplication} servers in this file; at most {MaxServersPerApplication} are allowed"));
                    }
                    else
                    {
                        servers.Add(serverKey);
                    }
                }

                if (rowProblems.Count > 0)
                {
                    problems.AddRange(rowProblems);
                    continue;
                }

                void Merge(string? key, InventoryEntity? entity, string? parentKey)
                {
                    if (key == null || entity == null)
                    {
                        return;
                    }

                    var m = Of(key);
                    m.Rows.Add(row);
                    if (entity.Name != null && m.Name == null)
                    {
                        (m.Name, m.NameRow) = (entity.Name, row.RowNumber);
                    }

                    foreach (var property in entity.Properties)
                    {
                        if (!m.Properties.ContainsKey(property.Key))
                        {
                            m.Properties[property.Key] = new Sourced(property.Value, row.RowNumber);
                        }
                    }

                    foreach (var tag in entity.Tags)
                    {
                        if (!m.Tags.ContainsKey(tag.Key))
                        {
                            m.Tags[tag.Key] = new Sourced(tag.Value, row.RowNumber);
                        }
                    }

                    if (parentKey != null && m.Parent == null)
                    {
                        m.Parent = new Sourced(parentKey, row.RowNumber);
                    }
                }

                Merge(waveKey, row.Wave, null);
                Merge(appKey, row.Application, waveKey);
                Merge(serverKey, row.Server, appKey);
                accepted.Add(row);
            }

            // A server the file creates or matches by its user-provided id needs somewhere to reach it.
            var unreachable = new HashSet<InventoryRow>();
            foreach (var entry in merged)
            {
                if (!entry.Key.Contains("|S|name:"))
                {
                    continue;
                }

                var m = entry.Value;
                var reachable = m.Properties.Keys.Any(k => k == "mgn:server:fqdn-for-action-framework" || k.Contains(":private-ip:"));
                if (!reachable)
                {
                    foreach (var row in m.Rows)
                    {
                        unreachable.Add(row);
                        problems.Add(Validation(row.RowNumber, "mgn:server:user-provided-id", row.Server!.Name, InventoryRule.ServerAddress,
                            $"mgn:server:user-provided-id: the server '{row.Server.Name}' needs an FQDN (mgn:server:fqdn-for-action-framework) or an IP address (mgn:launch:nic:<n>:private-ip:<m>) on one of its rows"));
                    }
                }
            }

            return unreachable.Count == 0 ? accepted : accepted.Where(r => !unreachable.Contains(r)).ToList();
        }

        private sealed class Sourced
        {
            public Sourced(string value, int row)
            {
                Value = value;
                Row = row;
            }

            public string Value { get; }

            public int Row { get; }
        }

        private sealed class Merged
        {
            public string? Name { get; set; }

            public int NameRow { get; set; }

            public Dictionary<string, Sourced> Properties { get; } = new Dictionary<string, Sourced>(StringComparer.Ordinal);

            public Dictionary<string, Sourced> Tags { get; } = new Dictionary<string, Sourced>(StringComparer.Ordinal);

            public Sourced? Parent { get; set; }

            public List<InventoryRow> Rows { get; } = new List<InventoryRow>();
        }
    }
}
