using ImportExport.Inventory;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// The CSV an MGN export writes: the import page's columns with the ids and the read-only server states, one row per
/// server (with its application and wave), then a row per application without servers and per wave without
/// applications, so that every resource appears once and the file imports back unchanged. Columns that vary
/// (tags, network interfaces, volumes) appear when some resource has them, in ordinal order.
/// </summary>
internal static class InventoryExportFile
{
    // The fixed columns, in the order the file has them; each resource's block starts with its id.
    private static readonly string[] ScopeColumns = ["mgn:account-id", "mgn:region"];
    private static readonly string[] WaveColumns = ["mgn:wave:id", "mgn:wave:name", "mgn:wave:description"];
    private static readonly string[] AppColumns = ["mgn:app:id", "mgn:app:name", "mgn:app:description"];

    private static readonly string[] ServerColumns =
    [
        "mgn:server:id", "mgn:server:user-provided-id", "mgn:server:platform", "mgn:server:fqdn-for-action-framework",
        LifecycleState, ReplicationType, ReplicationState,
        "mgn:launch:instance-type", "mgn:launch:iam-instance-profile:name", "mgn:launch:placement:host-id",
        "mgn:launch:placement:tenancy", "mgn:launch:placement:operating-system-licensing", "mgn:launch:transfer-server-tags",
    ];

    public const string LifecycleState = "mgn:server:lifecycle-state";
    public const string ReplicationType = "mgn:server:replication-type";
    public const string ReplicationState = "mgn:server:replication-state";

    // A server an import file creates has no agent and has never replicated: the model's PENDING_INSTALLATION and
    // AGENT_BASED (the type its agent would use), and no data replication state yet.
    private static readonly Dictionary<string, string> ImportedServerStates = new(StringComparer.Ordinal)
    {
        [LifecycleState] = "PENDING_INSTALLATION",
        [ReplicationType] = "AGENT_BASED",
    };

    public static (byte[] Content, InventoryExportCounts Counts) Write(InventorySnapshot inventory, string accountId, string region)
    {
        var waveTags = TagColumns(inventory.Waves, "mgn:wave:tag:");
        var appTags = TagColumns(inventory.Applications, "mgn:app:tag:");
        var serverTags = TagColumns(inventory.Servers, "mgn:server:tag:");
        var launchExtras = inventory.Servers.SelectMany(s => s.Properties.Keys)
            .Where(k => Array.IndexOf(ServerColumns, k) < 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var header = new List<string>(ScopeColumns);
        header.AddRange(WaveColumns);
        header.AddRange(waveTags);
        header.AddRange(AppColumns);
        header.AddRange(appTags);
        header.AddRange(ServerColumns);
        header.AddRange(launchExtras);
        header.AddRange(serverTags);
        var at = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

        var waves = inventory.Waves.ToDictionary(w => w.Id, StringComparer.Ordinal);
        var apps = inventory.Applications.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var rows = new List<string[]>();
        var appsWritten = new HashSet<string>(StringComparer.Ordinal);
        var wavesWritten = new HashSet<string>(StringComparer.Ordinal);

        string[] NewRow()
        {
            var row = new string[header.Count];
            Array.Fill(row, string.Empty);
            row[at["mgn:account-id"]] = accountId;
            row[at["mgn:region"]] = region;
            return row;
        }

        void Fill(string[] row, InventoryResource resource, string idColumn, string nameColumn, string tagPrefix, IReadOnlyDictionary<string, string>? extra = null)
        {
            row[at[idColumn]] = resource.Id;
            row[at[nameColumn]] = resource.Name ?? string.Empty;
            foreach (var (key, value) in resource.Properties.Concat(extra ?? new Dictionary<string, string>()))
            {
                if (at.TryGetValue(key, out var column))
                {
                    row[column] = value;
                }
            }

            foreach (var (key, value) in resource.Tags)
            {
                row[at[tagPrefix + key]] = value;
            }
        }

        void FillApp(string[] row, string? appId)
        {
            if (appId is not null && apps.TryGetValue(appId, out var app))
            {
                appsWritten.Add(app.Id);
                Fill(row, app, "mgn:app:id", "mgn:app:name", "mgn:app:tag:");
                FillWave(row, app.ParentId);
            }
        }

        void FillWave(string[] row, string? waveId)
        {
            if (waveId is not null && waves.TryGetValue(waveId, out var wave))
            {
                wavesWritten.Add(wave.Id);
                Fill(row, wave, "mgn:wave:id", "mgn:wave:name", "mgn:wave:tag:");
            }
        }

        foreach (var server in inventory.Servers)
        {
            var row = NewRow();
            Fill(row, server, "mgn:server:id", "mgn:server:user-provided-id", "mgn:server:tag:", ImportedServerStates);
            FillApp(row, server.ParentId);
            rows.Add(row);
        }

        foreach (var app in inventory.Applications.Where(a => !appsWritten.Contains(a.Id)))
        {
            var row = NewRow();
            FillApp(row, app.Id);
            rows.Add(row);
        }

        foreach (var wave in inventory.Waves.Where(w => !wavesWritten.Contains(w.Id)))
        {
            var row = NewRow();
            FillWave(row, wave.Id);
            rows.Add(row);
        }

        var content = CsvWriter.Write(header, rows);
        return (content, new InventoryExportCounts(inventory.Waves.Count, inventory.Applications.Count, inventory.Servers.Count));
    }

    private static List<string> TagColumns(IEnumerable<InventoryResource> resources, string prefix) =>
        resources.SelectMany(r => r.Tags.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => prefix + k).ToList();
}
