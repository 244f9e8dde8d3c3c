using ImportExport.Inventory;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// MGN's waves, applications and source servers per account and region, as imports make them. Applying a file:
/// rows the rule set rejects are VALIDATION_ERRORs and change nothing; each other row, in file order, resolves its
/// wave, application and server — an explicit id must exist (else PROCESSING_ERROR), a name (user-provided id)
/// matches an existing resource (modified) or creates one (created) — and links server → application → wave.
/// Each resource counts once per import, as created or modified.
/// </summary>
internal sealed class InventoryStore
{
    private readonly object gate = new();
    private readonly Dictionary<(string Account, string Region), Scope> scopes = [];
    private readonly Random random = new();

    public ApplyResult Apply(InventoryCheck check, string accountId, string region, DateTimeOffset now)
    {
        var errors = check.Problems
            .Select(p => new ImportError(now, p.ErrorType, p.RowNumber, p.RawError, accountId, null, null, null, null))
            .ToList();
        var created = new HashSet<string>(StringComparer.Ordinal);
        var modified = new HashSet<string>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var row in check.Rows)
            {
                var scope = ScopeOf(row.AccountId ?? accountId, row.Region ?? region);
                var account = row.AccountId ?? accountId;
                var failure = Resolve(scope, row, out var wave, out var app, out var server);
                if (failure is not null)
                {
                    // The ids it concerns: those that exist, and an explicit id that does not.
                    string? IdOf(Resource? resource, InventoryEntity? entity) => resource is { IsNew: false } ? resource.Id : entity?.Id;
                    errors.Add(new ImportError(now, InventoryRule.ProcessingError, row.RowNumber, failure, account, IdOf(app, row.Application), IdOf(server, row.Server), IdOf(wave, row.Wave), null));
                    Forget(scope, wave, app, server);
                    continue;
                }

                foreach (var (resource, entity, isNew) in new[] { (wave, row.Wave, wave?.IsNew), (app, row.Application, app?.IsNew), (server, row.Server, server?.IsNew) })
                {
                    if (resource is null || entity is null)
                    {
                        continue;
                    }

                    (isNew == true || created.Contains(resource.Id) ? created : modified).Add(resource.Id);
                    resource.IsNew = false;
                    if (entity.Name is not null)
                    {
                        resource.Name = entity.Name;
                    }

                    foreach (var p in entity.Properties)
                    {
                        resource.Properties[p.Key] = p.Value;
                    }

                    foreach (var t in entity.Tags)
                    {
                        resource.Tags[t.Key] = t.Value;
                    }
                }

                if (app is not null && wave is not null)
                {
                    app.ParentId = wave.Id;
                }

                if (server is not null && app is not null)
                {
                    server.ParentId = app.Id;
                }
            }
        }

        ImportCounts Count(string prefix) => new(created.Count(id => id.StartsWith(prefix, StringComparison.Ordinal)), modified.Count(id => id.StartsWith(prefix, StringComparison.Ordinal) && !created.Contains(id)));
        errors.Sort((a, b) => a.RowNumber.CompareTo(b.RowNumber));
        return new ApplyResult(Count("wave-"), Count("app-"), Count("s-"), errors);
    }

    public InventorySnapshot Snapshot(string accountId, string region)
    {
        lock (gate)
        {
            var scope = ScopeOf(accountId, region);
            static List<InventoryResource> Copy(IEnumerable<Resource> all) => all.Where(r => !r.IsNew)
                .Select(r => new InventoryResource(r.Id, r.Name, r.ParentId, new Dictionary<string, string>(r.Properties), new Dictionary<string, string>(r.Tags))).ToList();
            return new InventorySnapshot(Copy(scope.Waves), Copy(scope.Applications), Copy(scope.Servers));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            scopes.Clear();
        }
    }

    /// <summary>Finds or makes the row's resources; a reason (rawError) when the row cannot be applied.</summary>
    private string? Resolve(Scope scope, InventoryRow row, out Resource? wave, out Resource? app, out Resource? server)
    {
        app = server = null;
        wave = Find(scope.Waves, row.Wave, "wave-", StringComparison.OrdinalIgnoreCase, out var missing);
        if (missing is not null)
        {
            return $"mgn:wave:id: the wave {missing} does not exist";
        }

        app = Find(scope.Applications, row.Application, "app-", StringComparison.OrdinalIgnoreCase, out missing);
        if (missing is not null)
        {
            return $"mgn:app:id: the application {missing} does not exist";
        }

        server = Find(scope.Servers, row.Server, "s-", StringComparison.Ordinal, out missing);
        if (missing is not null)
        {
            return $"mgn:server:id: the source server {missing} does not exist";
        }

        if (server is not null && app is not null && server.ParentId != app.Id)
        {
            var appId = app.Id;
            var count = scope.Servers.Count(s => !s.IsNew && s.ParentId == appId);
            if (count >= InventoryChecker.MaxServersPerApplication)
            {
                Forget(scope, wave, app, server);
                return $"mgn:app:name: the application {app.Id} already has {InventoryChecker.MaxServersPerApplication} servers; at most {InventoryChecker.MaxServersPerApplication} are allowed";
            }
        }

        foreach (var (resource, entity) in new[] { (wave, row.Wave), (app, row.Application), (server, row.Server) })
        {
            if (resource is not null && entity is not null && resource.Tags.Keys.Union(entity.Tags.Keys).Count() > InventoryChecker.MaxTagsPerResource)
            {
                Forget(scope, wave, app, server);
                return $"the resource {resource.Id} would have more than {InventoryChecker.MaxTagsPerResource} tags";
            }
        }

        return null;
    }

    private static void Forget(Scope scope, params Resource?[] resources)
    {
        foreach (var r in resources)
        {
            if (r is { IsNew: true })
            {
                scope.Waves.Remove(r);
                scope.Applications.Remove(r);
                scope.Servers.Remove(r);
            }
        }
    }

    private Resource? Find(List<Resource> all, InventoryEntity? entity, string prefix, StringComparison nameComparison, out string? missing)
    {
        missing = null;
        if (entity is null)
        {
            return null;
        }

        if (entity.Id is not null)
        {
            var byId = all.FirstOrDefault(r => r.Id == entity.Id && !r.IsNew);
            missing = byId is null ? entity.Id : null;
            return byId;
        }

        var match = all.FirstOrDefault(r => string.Equals(r.Name, entity.Name, nameComparison));
        if (match is not null)
        {
            return match;
        }

        var made = new Resource(NewId(prefix)) { Name = entity.Name, IsNew = true };
        all.Add(made);
        return made;
    }

    private Scope ScopeOf(string accountId, string region)
    {
        if (!scopes.TryGetValue((accountId, region), out var scope))
        {
            scopes[(accountId, region)] = scope = new Scope();
        }

        return scope;
    }

    private string NewId(string prefix)
    {
        const string alphabet = "0123456789abcdef";
        return prefix + string.Create(17, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }

    private sealed class Scope
    {
        public List<Resource> Waves { get; } = [];

        public List<Resource> Applications { get; } = [];

        public List<Resource> Servers { get; } = [];
    }

    private sealed class Resource(string id)
    {
        public string Id { get; } = id;

        public string? Name { get; set; }

        public string? ParentId { get; set; }

        /// <summary>Made by the row being applied and not yet committed.</summary>
        public bool IsNew { get; set; }

        public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
    }
}
