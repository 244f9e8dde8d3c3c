using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The rules across rows, in file order: rows about one resource must not conflict (the first value of a
    /// property stands; a later, different one rejects its row), a server belongs to one application and an
    /// application to one wave, at most 50 tags a resource, 200 servers an application, and a server the file
    /// creates needs an FQDN or an IP address.
    /// </summary>
    internal sealed class InventoryMerger
    {
        private readonly Dictionary<(string?, string?), InventoryScope> scopes = new Dictionary<(string?, string?), InventoryScope>();
        private MergedResource? firstNamed;
        private MergedResource? lastNamed;
        private readonly List<InventoryRow>? accepted;
        private InventoryScope? lastScope;
        private string? lastAccount;
        private string? lastRegion;

        /// <param name="collectRows">Whether to keep the accepted rows (what an import applies).</param>
        public InventoryMerger(bool collectRows) => accepted = collectRows ? new List<InventoryRow>() : null;

        /// <summary>Accepts <paramref name="row"/> unless it conflicts with the rows accepted before it.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Add(InventoryRow row, List<ImportFileProblem> problems)
        {
            var scope = ScopeOf(row.AccountId, row.Region);
            var wave = row.Wave == null ? null : Of(scope, row.Wave);
            var app = row.Application == null ? null : Of(scope, row.Application);
            var server = row.Server == null ? null : Of(scope, row.Server);

            var before = problems.Count;
            Compare(problems, row, row.Wave, wave, null, string.Empty, "wave", string.Empty);
            Compare(problems, row, row.Application, app, wave, row.Wave?.Id != null ? "mgn:wave:id" : "mgn:wave:name", "application", "wave");
            Compare(problems, row, row.Server, server, app, row.Application?.Id != null ? "mgn:app:id" : "mgn:app:name", "server", "application");

            if (server != null && app != null && problems.Count == before)
            {
                if (server.CountedIn != app && app.ServerCount >= InventoryChecker.MaxServersPerApplication)
                {
                    var column = row.Application!.Id != null ? "mgn:app:id" : "mgn:app:name";
                    problems.Add(InventoryChecker.Validation(row.RowNumber, column, row.Application.Id ?? row.Application.Name, InventoryRule.ServersPerApplication,
                        $"{column}: the application {InventoryText.Quote(app.Label)} already has {InventoryChecker.MaxServersPerApplication} servers in this file, and the row adds the server {InventoryText.Quote(server.Label)}; at most {InventoryChecker.MaxServersPerApplication} are allowed"));
                }
                else if (server.CountedIn != app)
                {
                    server.CountedIn = app;
                    app.ServerCount++;
                }
            }

            if (problems.Count > before)
            {
                NoteRejected(row, server);
                return;
            }

            Merge(row, row.Wave, wave, null);
            Merge(row, row.Application, app, wave);
            Merge(row, row.Server, server, app);
            accepted?.Add(row);
        }

        /// <summary>
        /// A row rejected for its own problems: its resources are compared with the rows accepted before it (a
        /// conflict is one more of its problems), and a server it names by user-provided id without giving it an
        /// address is remembered for the address rule, so that every problem of the row is reported at once. Nothing
        /// of it is merged.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public void AddRejected(InventoryRow row, List<ImportFileProblem> problems)
        {
            // A resource the row does not identify (its own problem) cannot be compared with anything.
            static InventoryEntity? Named(InventoryEntity? e) => e != null && (e.Id != null || e.Name != null) ? e : null;
            var scope = ScopeOf(row.AccountId, row.Region);
            var wave = Named(row.Wave) is { } w ? Of(scope, w) : null;
            var app = Named(row.Application) is { } a ? Of(scope, a) : null;
            var server = Named(row.Server) is { } s ? Of(scope, s) : null;
            Compare(problems, row, Named(row.Wave), wave, null, string.Empty, "wave", string.Empty);
            Compare(problems, row, Named(row.Application), app, wave, row.Wave?.Id != null ? "mgn:wave:id" : "mgn:wave:name", "application", "wave");
            Compare(problems, row, Named(row.Server), server, app, row.Application?.Id != null ? "mgn:app:id" : "mgn:app:name", "server", "application");
            NoteRejected(row, server);
        }

        private static void NoteRejected(InventoryRow row, MergedResource? server)
        {
            if (server?.ServerName == null || row.Server!.Id != null)
            {
                return;
            }

            for (var i = 0; i < row.Server.ValueCount; i++)
            {
                var v = row.Server.ValueAt(i);
                if (!v.IsTag && v.Value != InventoryMarker.ResetValue && (v.Key == "mgn:server:fqdn-for-action-framework" || v.Key.Contains(":private-ip:")))
                {
                    return;
                }
            }

            (server.RejectedRows ?? (server.RejectedRows = new List<int>())).Add(row.RowNumber);
        }

        /// <summary>
        /// The accepted rows (when collected), less those of servers that never got an address, each of which is
        /// a problem, as is each rejected row of such a server that gave no address either.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public List<InventoryRow> Finish(List<ImportFileProblem> problems)
        {
            HashSet<int>? unreachable = null;
            for (var server = firstNamed; server != null; server = server.NextNamed)
            {
                if (server.Reachable)
                {
                    continue;
                }

                var message = $"mgn:server:user-provided-id: the server {InventoryText.Quote(server.ServerName)} needs an FQDN (mgn:server:fqdn-for-action-framework) or an IP address (mgn:launch:nic:<n>:private-ip:<m>) on one of its rows";
                for (var i = -1; server.FirstRow > 0 && i < server.LaterRows.Count; i++)
                {
                    var row = i < 0 ? server.FirstRow : server.LaterRows[i];
                    (unreachable ?? (unreachable = new HashSet<int>())).Add(row);
                    problems.Add(InventoryChecker.Validation(row, "mgn:server:user-provided-id", server.ServerName, InventoryRule.ServerAddress, message));
                }

                foreach (var row in server.RejectedRows ?? (IEnumerable<int>)Array.Empty<int>())
                {
                    problems.Add(InventoryChecker.Validation(row, "mgn:server:user-provided-id", server.ServerName, InventoryRule.ServerAddress, message));
                }
            }

            var rows = accepted ?? new List<InventoryRow>();
            return unreachable == null ? rows : rows.FindAll(r => !unreachable.Contains(r.RowNumber));
        }

        // Servers keyed by user-provided id, every scope's, are chained in the order first mentioned.
        [MethodImpl(HotPath.Optimized)]
        private MergedResource Of(InventoryScope scope, InventoryEntity entity)
        {
            var resource = scope.Of(entity, out var newNamedServer);
            if (newNamedServer)
            {
                if (lastNamed == null)
                {
                    firstNamed = resource;
                }
                else
                {
                    lastNamed.NextNamed = resource;
                }

                lastNamed = resource;
            }

            return resource;
        }

        [MethodImpl(HotPath.Optimized)]
        private static void Compare(List<ImportFileProblem> problems, InventoryRow row, InventoryEntity? entity, MergedResource? m, MergedResource? parent, string parentColumn, string what, string parentWhat)
        {
            if (entity == null || m == null)
            {
                return;
            }

            if (entity.Id != null && entity.Name != null && m.Name != null && !string.Equals(m.Name, entity.Name, what == "server" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                var nameColumn = what == "server" ? "mgn:server:user-provided-id" : what == "wave" ? "mgn:wave:name" : "mgn:app:name";
                problems.Add(InventoryChecker.Validation(row.RowNumber, nameColumn, entity.Name, InventoryRule.Conflict,
                    $"{nameColumn}: the {what} {entity.Id} is named {InventoryText.Quote(m.Name)} on row {m.NameRow} and {InventoryText.Quote(entity.Name)} on row {row.RowNumber}"));
            }

            // Properties first, then tags, each in column order: the order the problems have always come in.
            for (var i = 0; i < entity.ValueCount; i++)
            {
                var property = entity.ValueAt(i);
                if (!property.IsTag && m.TryGet(property.Key, false, out var earlier) && earlier.Value != property.Value)
                {
                    problems.Add(InventoryChecker.Validation(row.RowNumber, property.Key, property.Value, InventoryRule.Conflict,
                        $"{property.Key}: the {what} {InventoryText.Quote(m.Label)} has {InventoryText.Quote(earlier.Value)} on row {earlier.Row} and {InventoryText.Quote(property.Value)} on row {row.RowNumber}; rows about one {what} must not give different values"));
                }
            }

            // The tags the resource would have: those it has, and this row's new ones.
            var tagCount = m.TagCount;
            for (var i = 0; i < entity.ValueCount; i++)
            {
                var tag = entity.ValueAt(i);
                if (!tag.IsTag)
                {
                    continue;
                }

                if (!m.TryGet(tag.Key, true, out var earlier))
                {
                    tagCount += tag.Value == InventoryMarker.DeleteTag ? 0 : 1;
                }
                else if (earlier.Value != tag.Value)
                {
                    problems.Add(InventoryChecker.Validation(row.RowNumber, "tag:" + tag.Key, tag.Value, InventoryRule.Conflict,
                        $"tag {tag.Key}: the {what} {InventoryText.Quote(m.Label)} has {InventoryText.Quote(earlier.Value)} on row {earlier.Row} and {InventoryText.Quote(tag.Value)} on row {row.RowNumber}; rows about one {what} must not give different values"));
                }
            }

            if (tagCount > InventoryChecker.MaxTagsPerResource)
            {
                problems.Add(InventoryChecker.Validation(row.RowNumber, null, null, InventoryRule.TagCount, $"the {what} {InventoryText.Quote(m.Label)} would have {tagCount} tags; at most {InventoryChecker.MaxTagsPerResource} are allowed"));
            }

            if (parent != null && m.Parent != null && m.Parent != parent)
            {
                problems.Add(InventoryChecker.Validation(row.RowNumber, parentColumn, parent.Label, InventoryRule.Conflict,
                    $"{parentColumn}: the {what} {InventoryText.Quote(m.Label)} is in {parentWhat} {InventoryText.Quote(m.Parent.Label)} on row {m.ParentRow} and {InventoryText.Quote(parent.Label)} on row {row.RowNumber}; a {what} belongs to one {parentWhat}"));
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static void Merge(InventoryRow row, InventoryEntity? entity, MergedResource? m, MergedResource? parent)
        {
            if (entity == null || m == null)
            {
                return;
            }

            m.AddRow(row.RowNumber);
            if (entity.Name != null && m.Name == null)
            {
                (m.Name, m.NameRow) = (entity.Name, row.RowNumber);
            }

            for (var i = 0; i < entity.ValueCount; i++)
            {
                var value = entity.ValueAt(i);
                m.Add(value.Key, value.IsTag, value.Value, row.RowNumber);
            }

            if (parent != null && m.Parent == null)
            {
                (m.Parent, m.ParentRow) = (parent, row.RowNumber);
            }
        }

        private InventoryScope ScopeOf(string? account, string? region)
        {
            if (lastScope != null && string.Equals(account, lastAccount, StringComparison.Ordinal) && string.Equals(region, lastRegion, StringComparison.Ordinal))
            {
                return lastScope;
            }

            if (!scopes.TryGetValue((account, region), out var scope))
            {
                scopes[(account, region)] = scope = new InventoryScope();
            }

            (lastScope, lastAccount, lastRegion) = (scope, account, region);
            return scope;
        }
    }
}
