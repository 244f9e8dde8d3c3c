using ImportExport.Inventory;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// MGN's waves, applications and source servers per account and region, as imports make them: the shared
/// <see cref="InventoryModel"/> (ImportExport.Inventory, the one apply rule set a local preview uses too) behind a
/// lock, with the service's random ids and the ListImportErrors shape.
/// </summary>
internal sealed class InventoryStore
{
    private readonly object gate = new();
    private readonly InventoryModel model = new();
    private readonly Random random = new();

    public ApplyResult Apply(InventoryCheck check, string accountId, string region, DateTimeOffset now)
    {
        InventoryApplyResult result;
        lock (gate)
        {
            result = model.Apply(check, accountId, region, NewId);
        }

        var errors = result.Errors
            .Select(e => new ImportError(now, e.ErrorType, e.RowNumber, e.RawError, e.AccountId, e.ApplicationId, e.SourceServerId, e.WaveId, null))
            .ToList();
        static ImportCounts Counts(InventoryCounts c) => new(c.Created, c.Modified);
        return new ApplyResult(Counts(result.Waves), Counts(result.Applications), Counts(result.Servers), errors);
    }

    public InventorySnapshot Snapshot(string accountId, string region)
    {
        lock (gate)
        {
            List<InventoryResource> Copy(InventoryTarget target) => model.Resources(accountId, region, target)
                .Select(r => new InventoryResource(r.Id, r.Name, r.ParentId, r.Properties, r.Tags)).ToList();
            return new InventorySnapshot(Copy(InventoryTarget.Wave), Copy(InventoryTarget.Application), Copy(InventoryTarget.Server));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            model.Clear();
        }
    }

    // Called under the lock.
    private string NewId(InventoryTarget target)
    {
        const string alphabet = "0123456789abcdef";
        var prefix = target switch
        {
            InventoryTarget.Wave => "wave-",
            InventoryTarget.Application => "app-",
            _ => "s-",
        };
        return prefix + string.Create(17, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }
}
