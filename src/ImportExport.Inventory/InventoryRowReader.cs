using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The rules of one row on its own: every cell against its column's format, and each resource the row gives a
    /// property of identified by a name or an id. Made once per file from the header's columns.
    /// </summary>
    internal sealed class InventoryRowReader
    {
        private static readonly string[] Platforms = { "Linux", "Windows" };
        private static readonly string[] Tenancies = { "default", "dedicated", "host" };
        private static readonly string[] Licensing = { "LI", "BYOL" };
        private static readonly string[] VolumeTypes = { "gp2", "gp3", "io1", "io2", "st1", "sc1", "standard" };
        private static readonly string[] Booleans = { "true", "false" };

        private readonly InventoryColumn?[] columns;
        private readonly InventoryCellRule[] rules;

        // When the accepted rows are not kept, one row and one entity of each kind serve every row in turn: the
        // rules across rows keep only the strings, never the row, and three entities a row were most of what a
        // check allocated once the text itself was no longer one.
        private readonly InventoryRow? reusedRow;
        private readonly InventoryEntity? reusedWave;
        private readonly InventoryEntity? reusedApp;
        private readonly InventoryEntity? reusedServer;

        /// <param name="columns">The header's columns, null for one the rules ignore.</param>
        /// <param name="reuse">Whether the rows read are dropped once checked, so that one row object can serve them all.</param>
        public InventoryRowReader(InventoryColumn?[] columns, bool reuse)
        {
            if (reuse)
            {
                reusedRow = new InventoryRow(0);
                reusedWave = new InventoryEntity(InventoryTarget.Wave);
                reusedApp = new InventoryEntity(InventoryTarget.Application);
                reusedServer = new InventoryEntity(InventoryTarget.Server);
            }

            this.columns = columns;
            rules = new InventoryCellRule[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is InventoryColumn column)
                {
                    rules[i] = RuleOf(column);
                }
            }
        }

        /// <summary>
        /// The row, or null when it names nothing; its problems go to <paramref name="problems"/>. A reader that
        /// reuses its row returns the same object each time, valid until the next call.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public InventoryRow? Read(int n, IReadOnlyList<string> fields, List<ImportFileProblem> problems)
        {
            var row = reusedRow ?? new InventoryRow(n);
            row.Reset(n);
            InventoryEntity? wave = null;
            InventoryEntity? app = null;
            InventoryEntity? server = null;

            // The first non-blank column of each resource; the scope columns count as the server's.
            int waveColumn = -1, appColumn = -1, serverColumn = -1;
            for (var i = 0; i < columns.Length; i++)
            {
                var column = columns[i];
                var value = fields[i];
                if (column == null || value.Length == 0 || column.IsReadOnly)
                {
                    continue;
                }

                InventoryEntity? entity = null;
                switch (column.Target)
                {
                    case InventoryTarget.Wave:
                        waveColumn = waveColumn < 0 ? i : waveColumn;
                        entity = wave ?? (wave = NewEntity(reusedWave, InventoryTarget.Wave));
                        break;
                    case InventoryTarget.Application:
                        appColumn = appColumn < 0 ? i : appColumn;
                        entity = app ?? (app = NewEntity(reusedApp, InventoryTarget.Application));
                        break;
                    case InventoryTarget.Server:
                        serverColumn = serverColumn < 0 ? i : serverColumn;
                        entity = server ?? (server = NewEntity(reusedServer, InventoryTarget.Server));
                        break;
                    default:
                        serverColumn = serverColumn < 0 ? i : serverColumn;
                        break;
                }

                if (value[0] == '[' && InventoryMarker.IsMarker(value))
                {
                    Marker(problems, n, column, value, entity);
                    continue;
                }

                string? problem = null;
                var rule = InventoryRule.Value;
                switch (rules[i])
                {
                    case InventoryCellRule.Tag:
                        if (value.Length > InventoryChecker.MaxTagLength)
                        {
                            Fail(problems, n, column, value, InventoryRule.Tag, $"is too long: a tag value has at most {InventoryChecker.MaxTagLength} characters (it has {value.Length})");
                        }

                        // An instance tag is a launch setting of the server, kept apart from the server's own tags.
                        entity!.Set(column.IsInstanceTag ? column.Property : column.TagKey!, value, isTag: column.IsTag);
                        continue;
                    case InventoryCellRule.AccountId:
                        if (!InventoryPatterns.IsAccountId(value))
                        {
                            Fail(problems, n, column, value, InventoryRule.AccountId, "is not an account id (12 digits)");
                        }

                        row.AccountId = value;
                        continue;
                    case InventoryCellRule.Region:
                        if (!InventoryPatterns.IsRegion(value))
                        {
                            Fail(problems, n, column, value, InventoryRule.Region, "is not a region name (like us-east-1)");
                        }

                        row.Region = value;
                        continue;
                    case InventoryCellRule.WaveId:
                    case InventoryCellRule.AppId:
                    case InventoryCellRule.ServerId:
                        var prefix = rules[i] == InventoryCellRule.WaveId ? "wave-" : rules[i] == InventoryCellRule.AppId ? "app-" : "s-";
                        if (!InventoryPatterns.IsResourceId(value, prefix))
                        {
                            Fail(problems, n, column, value, InventoryRule.IdFormat, $"is not an id of the form {prefix} followed by 17 letters and digits");
                        }

                        entity!.Id = value;
                        continue;
                    case InventoryCellRule.Name:
                        if (value.Length > InventoryChecker.MaxNameLength)
                        {
                            Fail(problems, n, column, value, InventoryRule.Name, $"is too long: a name has 1 to {InventoryChecker.MaxNameLength} characters (it has {value.Length})");
                        }
                        else if (!InventoryPatterns.IsName(value))
                        {
                            Fail(problems, n, column, value, InventoryRule.Name, "is not a name: a name must not start or end with a space, nor contain tabs or line breaks");
                        }

                        entity!.Name = value;
                        continue;
                    case InventoryCellRule.Description:
                        if (value.Length > InventoryChecker.MaxDescriptionLength)
                        {
                            Fail(problems, n, column, value, InventoryRule.DescriptionLength, $"is too long: a description has at most {InventoryChecker.MaxDescriptionLength} characters (it has {value.Length})");
                        }

                        break;
                    case InventoryCellRule.Platform:
                        value = Allowed(problems, n, column, value, Platforms);
                        break;
                    case InventoryCellRule.Tenancy:
                        value = Allowed(problems, n, column, value, Tenancies);
                        break;
                    case InventoryCellRule.Licensing:
                        value = Allowed(problems, n, column, value, Licensing);
                        break;
                    case InventoryCellRule.TransferServerTags:
                        value = Allowed(problems, n, column, value, Booleans);
                        break;
                    case InventoryCellRule.InstanceType:
                        problem = InventoryPatterns.IsInstanceType(value) ? null : "is not an EC2 instance type (like m5.large)";
                        break;
                    case InventoryCellRule.InstanceProfile:
                        problem = InventoryPatterns.IsProfileName(value) ? null : "is not an IAM instance profile name (1 to 128 letters, digits and +=,.@_-)";
                        break;
                    case InventoryCellRule.HostId:
                        problem = InventoryPatterns.IsHexId(value, "h-") ? null : "is not a dedicated host id (h-...)";
                        break;
                    case InventoryCellRule.Fqdn:
                        problem = value.Length > 255 || InventoryPatterns.HasWhiteSpace(value) ? "is not a host name (at most 255 characters, no spaces)" : null;
                        break;
                    case InventoryCellRule.NetworkInterfaceId:
                        problem = InventoryPatterns.IsHexId(value, "eni-") ? null : "is not a network interface id (eni-...)";
                        break;
                    case InventoryCellRule.SubnetId:
                        problem = InventoryPatterns.IsHexId(value, "subnet-") ? null : "is not a subnet id (subnet-...)";
                        break;
                    case InventoryCellRule.SecurityGroupId:
                        problem = InventoryPatterns.IsHexId(value, "sg-") ? null : "is not a security group id (sg-...)";
                        break;
                    case InventoryCellRule.PrivateIp:
                        problem = InventoryPatterns.IsIPv4(value) ? null : "is not an IPv4 address";
                        break;
                    case InventoryCellRule.VolumeType:
                        if (Array.IndexOf(VolumeTypes, value.ToLowerInvariant()) < 0)
                        {
                            problem = $"is not one of {string.Join(", ", VolumeTypes)}";
                            rule = InventoryRule.AllowedValues;
                        }

                        break;
                }

                if (problem != null)
                {
                    Fail(problems, n, column, value, rule, problem);
                }

                entity!.Set(column.Property, value, isTag: false);
            }

            if (waveColumn < 0 && appColumn < 0 && serverColumn < 0)
            {
                problems.Add(InventoryChecker.Validation(n, null, null, InventoryRule.NoResource, "the row names no wave, application or server"));
                return null;
            }

            RequireIdentifier(problems, n, fields, waveColumn, wave, "mgn:wave:id", "mgn:wave:name", "wave");
            RequireIdentifier(problems, n, fields, appColumn, app, "mgn:app:id", "mgn:app:name", "application");
            RequireIdentifier(problems, n, fields, serverColumn, server, "mgn:server:id", "mgn:server:user-provided-id", "server");

            row.Wave = waveColumn >= 0 ? wave : null;
            row.Application = appColumn >= 0 ? app : null;
            row.Server = serverColumn >= 0 ? server ?? NewEntity(reusedServer, InventoryTarget.Server) : null;
            return row;
        }

        private static InventoryEntity NewEntity(InventoryEntity? reused, InventoryTarget target)
        {
            if (reused == null)
            {
                return new InventoryEntity(target);
            }

            reused.Reset();
            return reused;
        }

        private static InventoryCellRule RuleOf(InventoryColumn column)
        {
            if (column.TagKey != null)
            {
                return InventoryCellRule.Tag;
            }

            var p = column.Property;
            switch (p)
            {
                case "mgn:account-id": return InventoryCellRule.AccountId;
                case "mgn:region": return InventoryCellRule.Region;
                case "mgn:wave:id": return InventoryCellRule.WaveId;
                case "mgn:app:id": return InventoryCellRule.AppId;
                case "mgn:server:id": return InventoryCellRule.ServerId;
                case "mgn:wave:name":
                case "mgn:app:name":
                case "mgn:server:user-provided-id": return InventoryCellRule.Name;
                case "mgn:wave:description":
                case "mgn:app:description": return InventoryCellRule.Description;
                case "mgn:server:platform": return InventoryCellRule.Platform;
                case "mgn:launch:placement:tenancy": return InventoryCellRule.Tenancy;
                case "mgn:launch:placement:operating-system-licensing": return InventoryCellRule.Licensing;
                case "mgn:launch:transfer-server-tags": return InventoryCellRule.TransferServerTags;
                case "mgn:launch:instance-type": return InventoryCellRule.InstanceType;
                case "mgn:launch:iam-instance-profile:name": return InventoryCellRule.InstanceProfile;
                case "mgn:launch:placement:host-id": return InventoryCellRule.HostId;
                case "mgn:server:fqdn-for-action-framework": return InventoryCellRule.Fqdn;
            }

            // The launch columns with an index or a device name, tested in this order.
            if (p.EndsWith(":network-interface-id", StringComparison.Ordinal))
            {
                return InventoryCellRule.NetworkInterfaceId;
            }

            if (p.EndsWith(":subnet-id", StringComparison.Ordinal))
            {
                return InventoryCellRule.SubnetId;
            }

            if (p.Contains(":security-group-id:"))
            {
                return InventoryCellRule.SecurityGroupId;
            }

            if (p.Contains(":private-ip:"))
            {
                return InventoryCellRule.PrivateIp;
            }

            return p.StartsWith("mgn:launch:volume:", StringComparison.Ordinal) ? InventoryCellRule.VolumeType : InventoryCellRule.Unchecked;
        }

        // "<column>: '<value>' <what is wrong>"; the resource the row is about is added once the row is read.
        private static void Fail(List<ImportFileProblem> problems, int row, InventoryColumn column, string value, string rule, string message) =>
            problems.Add(InventoryChecker.Validation(row, column.Header, value, rule, column.Header + ": " + InventoryText.Quote(value) + " " + message));

        // A marker where the column takes it is kept as the value (the import applies it); elsewhere it is a problem
        // that says where it would work. An identifier stays set, so that the row's other problems are still found.
        private static void Marker(List<ImportFileProblem> problems, int n, InventoryColumn column, string value, InventoryEntity? entity)
        {
            var allowed = value == InventoryMarker.DeleteTag ? column.TakesDeleteTag : column.TakesResetValue;
            if (!allowed)
            {
                Fail(problems, n, column, value, InventoryRule.Marker, value == InventoryMarker.DeleteTag
                    ? "removes a tag and is taken only by tag columns (mgn:wave:tag:<key>, mgn:app:tag:<key>, mgn:server:tag:<key>, mgn:launch:tag:instance:<key>)"
                    : "clears a value, and this column says which resource the row is about (or its account or region): it cannot be cleared");
            }

            switch (column.Target)
            {
                case InventoryTarget.Scope:
                    return;
                case InventoryTarget.Wave:
                case InventoryTarget.Application:
                case InventoryTarget.Server:
                    if (column.Property.EndsWith(":id", StringComparison.Ordinal) && column.IsIdentifier)
                    {
                        entity!.Id = value;
                    }
                    else if (column.IsIdentifier)
                    {
                        entity!.Name = value;
                    }
                    else if (column.TagKey != null)
                    {
                        entity!.Set(column.IsInstanceTag ? column.Property : column.TagKey, value, isTag: column.IsTag);
                    }
                    else
                    {
                        entity!.Set(column.Property, value, isTag: false);
                    }

                    return;
            }
        }

        // Matched without regard to case, written back as the service spells it.
        [MethodImpl(HotPath.Optimized)]
        private static string Allowed(List<ImportFileProblem> problems, int row, InventoryColumn column, string value, string[] allowed)
        {
            foreach (var a in allowed)
            {
                if (string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
                {
                    return a;
                }
            }

            Fail(problems, row, column, value, InventoryRule.AllowedValues, $"is not one of {string.Join(", ", allowed)}");
            return value;
        }

        private void RequireIdentifier(List<ImportFileProblem> problems, int n, IReadOnlyList<string> fields, int first, InventoryEntity? entity, string idColumn, string nameColumn, string what)
        {
            if (first >= 0 && entity?.Id == null && entity?.Name == null)
            {
                var header = columns[first]!.Header;
                problems.Add(InventoryChecker.Validation(n, header, fields[first], InventoryRule.IdentifierRequired,
                    $"{header}: {InventoryText.Quote(fields[first])} is a property of {(what == "application" ? "an" : "a")} {what}, and the row does not say which {what}: give {nameColumn} or {idColumn}"));
            }
        }
    }
}
