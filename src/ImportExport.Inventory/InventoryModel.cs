using System;
using System.Collections.Generic;
using System.Linq;

namespace ImportExport.Inventory
{
    /// <summary>
    /// MGN's waves, applications and source servers per account and region, and how an import changes them: the
    /// one apply rule set the emulator's StartImport and a local preview both use. Not thread-safe; a caller that
    /// shares one model locks around it.
    /// </summary>
    /// <remarks>
    /// Applying a checked file (user guide, "Importing your data inventory", additional considerations; "Editing
    /// your configuration"): the check's problems are the VALIDATION_ERRORs and change nothing; each accepted row,
    /// in file order, is first scoped — its mgn:account-id must be the caller's (the import page: an account the
    /// caller manages; a model knows no other), its mgn:region the import's — then resolves its wave, application
    /// and server: an explicit id must exist (else a PROCESSING_ERROR), a name (a server's user-provided id)
    /// matches an existing resource or makes one. A server's user-provided id cannot change once set. Values are
    /// set; <see cref="InventoryMarker.ResetValue"/> clears one (a tag keeps its key with an empty value) and
    /// <see cref="InventoryMarker.DeleteTag"/> removes a tag; a blank cell changes nothing. The row links server →
    /// application → wave. A row that fails changes nothing. Each resource counts once per import: as created when
    /// the file made it, as modified when it existed and the file changed something of it (its name, its parent, a
    /// property or a tag: <see cref="InventoryChange.Differences"/>); one the file names without changing anything is
    /// neither. That last reading is the emulator's (MGN documents only "modified count"): a preview that says
    /// "Unchanged" must agree with the import's counts, so the count and the preview come from one comparison.
    /// </remarks>
    public sealed class InventoryModel
    {
        private readonly Dictionary<(string Account, string Region), Scope> scopes = new Dictionary<(string, string), Scope>();

        /// <summary>Adds or replaces a resource, as a preview seeds a model from an export or a listing.</summary>
        public void Put(string accountId, string region, InventoryResourceState resource)
        {
            ScopeOf(accountId, region).Put(resource.Copy());
        }

        /// <summary>A deep copy, for applying a file without changing this model.</summary>
        public InventoryModel Clone()
        {
            var copy = new InventoryModel();
            foreach (var pair in scopes)
            {
                foreach (var r in pair.Value.All())
                {
                    copy.Put(pair.Key.Account, pair.Key.Region, r);
                }
            }

            return copy;
        }

        /// <summary>Copies of the resources of one account and region, waves, then applications, then servers, each in the order made.</summary>
        public IReadOnlyList<InventoryResourceState> Resources(string accountId, string region, InventoryTarget target) =>
            scopes.TryGetValue((accountId, region), out var scope) ? scope.All().Where(r => r.Target == target).Select(r => r.Copy()).ToList() : new List<InventoryResourceState>();

        /// <summary>Removes every resource.</summary>
        public void Clear() => scopes.Clear();

        /// <summary>
        /// Applies the rows of <paramref name="check"/> (a file that was not rejected) for <paramref name="callerAccountId"/>
        /// in <paramref name="region"/>; <paramref name="newId"/> makes the id of a new resource (wave-, app- or s- and 17 characters).
        /// </summary>
        public InventoryApplyResult Apply(InventoryCheck check, string callerAccountId, string region, Func<InventoryTarget, string> newId)
        {
            if (check == null)
            {
                throw new ArgumentNullException(nameof(check));
            }

            var errors = check.Problems
                .Select(p => new InventoryApplyError(p.RowNumber, p.ErrorType, p.Rule, p.RawError, callerAccountId, null, null, null))
                .ToList();
            var failures = new List<InventoryApplyError>();
            var touched = new Touched();
            foreach (var row in check.Rows)
            {
                var failure = ScopeFailure(row, callerAccountId, region);
                if (failure != null)
                {
                    failures.Add(new InventoryApplyError(row.RowNumber, InventoryRule.ProcessingError, InventoryRule.Scope, failure, row.AccountId ?? callerAccountId, null, null, null));
                    continue;
                }

                var scope = ScopeOf(callerAccountId, region);
                var wave = scope.Resolve(row.Wave, InventoryTarget.Wave);
                var app = scope.Resolve(row.Application, InventoryTarget.Application);
                var server = scope.Resolve(row.Server, InventoryTarget.Server);
                var (rule, reason) = Refusal(scope, row, wave, app, server);
                if (reason != null)
                {
                    // The ids it concerns: those that exist, and an explicit id that does not.
                    string? IdOf(Resolved r, InventoryEntity? e) => r.Existing?.Id ?? e?.Id;
                    failures.Add(new InventoryApplyError(row.RowNumber, InventoryRule.ProcessingError, rule!, reason, callerAccountId, IdOf(app, row.Application), IdOf(server, row.Server), IdOf(wave, row.Wave)));
                    continue;
                }

                var w = Commit(scope, wave, row.Wave, InventoryTarget.Wave, newId, row.RowNumber, touched);
                var a = Commit(scope, app, row.Application, InventoryTarget.Application, newId, row.RowNumber, touched);
                var s = Commit(scope, server, row.Server, InventoryTarget.Server, newId, row.RowNumber, touched);
                if (a != null && w != null)
                {
                    a.ParentId = w.Id;
                }

                if (s != null && a != null)
                {
                    scope.Link(s, a);
                }
            }

            var changes = touched.Changes();
            InventoryCounts Count(InventoryTarget target) => new InventoryCounts(
                changes.Count(c => c.Target == target && c.Created),
                changes.Count(c => c.Target == target && c.Modified));
            errors.AddRange(failures);
            var sorted = errors.Select((e, i) => (e, i)).OrderBy(x => x.e.RowNumber).ThenBy(x => x.i).Select(x => x.e).ToList();
            return new InventoryApplyResult(Count(InventoryTarget.Wave), Count(InventoryTarget.Application), Count(InventoryTarget.Server), sorted, failures, changes);
        }
        private static string? ScopeFailure(InventoryRow row, string callerAccountId, string region)
        {
            if (row.AccountId != null && !string.Equals(row.AccountId, callerAccountId, StringComparison.Ordinal))
            {
                return $"mgn:account-id: the row is for account {row.AccountId}, and the import runs as account {callerAccountId}, which does not manage it; import the row from {row.AccountId} or leave the cell blank";
            }

            if (row.Region != null && !string.Equals(row.Region, region, StringComparison.Ordinal))
            {
                return $"mgn:region: the row is for region {row.Region}, and the import runs in {region}; import the row in {row.Region} or leave the cell blank";
            }

            return null;
        }

        private static (string? Rule, string? Reason) Refusal(Scope scope, InventoryRow row, Resolved wave, Resolved app, Resolved server)
        {
            foreach (var (r, what, column) in new[] { (wave, "wave", "mgn:wave:id"), (app, "application", "mgn:app:id"), (server, "source server", "mgn:server:id") })
            {
                if (r.MissingId != null)
                {
                    return (InventoryRule.IdNotFound, $"{column}: the {what} {r.MissingId} does not exist");
                }
            }

            // The guide: a server's user-provided id, once set, cannot be modified.
            if (server.Existing is InventoryResourceState existing && row.Server!.Id != null && row.Server.Name != null &&
                existing.Name != null && !string.Equals(existing.Name, row.Server.Name, StringComparison.Ordinal))
            {
                return (InventoryRule.UserProvidedIdChanged,
                    $"mgn:server:user-provided-id: the source server {existing.Id} has the user-provided id {InventoryText.Quote(existing.Name)}, which cannot be changed once set; the row gives {InventoryText.Quote(row.Server.Name)}");
            }

            if (server.Entity != null && app.Entity != null)
            {
                var appState = app.Existing;
                var moving = appState == null || server.Existing == null || server.Existing.ParentId != appState.Id;
                if (moving && appState != null && scope.ServerCount(appState.Id) >= InventoryChecker.MaxServersPerApplication)
                {
                    return (InventoryRule.ServersPerApplication,
                        $"mgn:app:name: the application {InventoryText.Quote(appState.Name)} ({appState.Id}) already has {InventoryChecker.MaxServersPerApplication} servers; at most {InventoryChecker.MaxServersPerApplication} are allowed");
                }
            }

            foreach (var r in new[] { wave, app, server })
            {
                if (r.Entity != null && TagsAfter(r.Existing, r.Entity) > InventoryChecker.MaxTagsPerResource)
                {
                    var who = r.Existing?.Id ?? InventoryText.Quote(r.Entity.Name);
                    return (InventoryRule.TagCount, $"the resource {who} would have more than {InventoryChecker.MaxTagsPerResource} tags");
                }
            }

            return (null, null);
        }

        private static int TagsAfter(InventoryResourceState? existing, InventoryEntity entity)
        {
            var keys = existing == null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(existing.Tags.Keys, StringComparer.Ordinal);
            foreach (var t in entity.Tags)
            {
                if (t.Value == InventoryMarker.DeleteTag)
                {
                    keys.Remove(t.Key);
                }
                else
                {
                    keys.Add(t.Key);
                }
            }

            return keys.Count;
        }

        private static InventoryResourceState? Commit(Scope scope, Resolved resolved, InventoryEntity? entity, InventoryTarget target, Func<InventoryTarget, string> newId, long row, Touched touched)
        {
            if (entity == null)
            {
                return null;
            }

            var state = resolved.Existing;
            if (state == null)
            {
                state = new InventoryResourceState(target, newId(target)) { Name = entity.Name };
                scope.Put(state);
                touched.Note(scope, state, null, row);
            }
            else
            {
                touched.Note(scope, state, state, row);
                if (entity.Name != null && !string.Equals(state.Name, entity.Name, StringComparison.Ordinal))
                {
                    // A wave or application given by id takes the row's name; a server's is set once (see Refusal).
                    scope.Rename(state, entity.Name);
                }
            }

            foreach (var p in entity.Properties)
            {
                Set(state.Properties, p.Key, p.Value, tag: p.Key.StartsWith(InventoryColumn.InstanceTagPrefix, StringComparison.Ordinal));
            }

            foreach (var t in entity.Tags)
            {
                Set(state.Tags, t.Key, t.Value, tag: true);
            }

            return state;
        }

        private static void Set(Dictionary<string, string> values, string key, string value, bool tag)
        {
            if (value == InventoryMarker.DeleteTag || (value == InventoryMarker.ResetValue && !tag))
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value == InventoryMarker.ResetValue ? string.Empty : value;
            }
        }

        private Scope ScopeOf(string accountId, string region)
        {
            if (!scopes.TryGetValue((accountId, region), out var scope))
            {
                scopes[(accountId, region)] = scope = new Scope();
            }

            return scope;
        }

        /// <summary>What a row's entity names: a resource that exists, one to make, or an id that does not exist.</summary>
        private readonly struct Resolved
        {
            public Resolved(InventoryEntity? entity, InventoryResourceState? existing, string? missingId)
            {
                Entity = entity;
                Existing = existing;
                MissingId = missingId;
            }

            public InventoryEntity? Entity { get; }

            public InventoryResourceState? Existing { get; }

            public string? MissingId { get; }
        }

        /// <summary>The resources an import touches, in the order first touched, each with a copy of how it was before.</summary>
        private sealed class Touched
        {
            private readonly Dictionary<string, int> at = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly List<(Scope Scope, InventoryResourceState State, InventoryResourceState? Before, long Row)> order =
                new List<(Scope, InventoryResourceState, InventoryResourceState?, long)>();

            // before: the resource as it is before this touch (copied on the first), or null for one just made.
            public void Note(Scope scope, InventoryResourceState state, InventoryResourceState? before, long row)
            {
                if (!at.ContainsKey(state.Id))
                {
                    at[state.Id] = order.Count;
                    order.Add((scope, state, before?.Copy(), row));
                }
            }

            public List<InventoryChange> Changes() => order
                .Select(t => new InventoryChange(t.Row, t.State.Target, t.State.Id, t.State.Name, t.Before == null,
                    t.Before == null ? (IReadOnlyList<InventoryValueChange>)Array.Empty<InventoryValueChange>() : InventoryDiff.Of(t.Before, t.State, t.Scope.NameOf)))
                .ToList();
        }

        /// <summary>One account and region: resources by id and by name (waves and applications without regard to case, servers as written).</summary>
        private sealed class Scope
        {
            private readonly Dictionary<string, InventoryResourceState> byId = new Dictionary<string, InventoryResourceState>(StringComparer.Ordinal);
            private readonly Dictionary<string, InventoryResourceState> byName = new Dictionary<string, InventoryResourceState>(StringComparer.Ordinal);
            private readonly Dictionary<string, int> serversOf = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly List<InventoryResourceState> order = new List<InventoryResourceState>();

            public IEnumerable<InventoryResourceState> All() => order;

            public string? NameOf(string id) => byId.TryGetValue(id, out var found) ? found.Name : null;

            public int ServerCount(string appId) => serversOf.TryGetValue(appId, out var n) ? n : 0;

            public Resolved Resolve(InventoryEntity? entity, InventoryTarget target)
            {
                if (entity == null)
                {
                    return default;
                }

                if (entity.Id != null)
                {
                    return byId.TryGetValue(entity.Id, out var found) && found.Target == target
                        ? new Resolved(entity, found, null)
                        : new Resolved(entity, null, entity.Id);
                }

                return new Resolved(entity, byName.TryGetValue(NameKey(target, entity.Name!), out var named) ? named : null, null);
            }

            public void Put(InventoryResourceState resource)
            {
                if (byId.TryGetValue(resource.Id, out var old))
                {
                    order.Remove(old);
                    Unindex(old);
                }

                byId[resource.Id] = resource;
                order.Add(resource);
                Index(resource);
            }

            public void Rename(InventoryResourceState resource, string name)
            {
                Unindex(resource);
                resource.Name = name;
                Index(resource);
            }

            public void Link(InventoryResourceState server, InventoryResourceState app)
            {
                if (server.ParentId == app.Id)
                {
                    return;
                }

                if (server.ParentId != null && serversOf.ContainsKey(server.ParentId))
                {
                    serversOf[server.ParentId]--;
                }

                server.ParentId = app.Id;
                serversOf[app.Id] = ServerCount(app.Id) + 1;
            }

            private static string NameKey(InventoryTarget target, string name) =>
                target == InventoryTarget.Server ? "s:" + name : (target == InventoryTarget.Wave ? "w:" : "a:") + name.ToUpperInvariant();

            private void Index(InventoryResourceState r)
            {
                if (r.Name != null && !byName.ContainsKey(NameKey(r.Target, r.Name)))
                {
                    byName[NameKey(r.Target, r.Name)] = r;
                }

                if (r.Target == InventoryTarget.Server && r.ParentId != null)
                {
                    serversOf[r.ParentId] = ServerCount(r.ParentId) + 1;
                }
            }

            private void Unindex(InventoryResourceState r)
            {
                if (r.Name != null && byName.TryGetValue(NameKey(r.Target, r.Name), out var named) && named == r)
                {
                    byName.Remove(NameKey(r.Target, r.Name));
                }

                if (r.Target == InventoryTarget.Server && r.ParentId != null && serversOf.ContainsKey(r.ParentId))
                {
                    serversOf[r.ParentId]--;
                }
            }
        }
    }
}
