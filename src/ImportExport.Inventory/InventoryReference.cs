using System;
using System.Collections.Generic;
using System.Linq;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The inventory an MGN export describes, read into an <see cref="InventoryModel"/> so that a file can be applied to
    /// it without importing anything: every wave, application and server with its id, name, values, tags and links
    /// (a server's application, an application's wave), and the account and region the export was made in. An export
    /// names every resource by id and the account and region on every row; a file that does not is no reference.
    /// </summary>
    /// <remarks>
    /// An export writes an empty cell both for a tag a resource does not have and for one whose value is empty, so a
    /// tag with an empty value is read as no tag. The read-only state columns are not part of what an import changes.
    /// </remarks>
    public sealed class InventoryReference
    {
        private InventoryReference(InventoryModel model, string? accountId, string? region, string? problem, long problemRow)
        {
            Model = model;
            AccountId = accountId;
            Region = region;
            Problem = problem;
            ProblemRow = problemRow;
        }

        public InventoryModel Model { get; }

        /// <summary>The account of the export's rows; null for an export without rows.</summary>
        public string? AccountId { get; }

        /// <summary>The region of the export's rows; null for an export without rows.</summary>
        public string? Region { get; }

        /// <summary>Why the file is not an export to compare against, or null.</summary>
        public string? Problem { get; }

        /// <summary>The row <see cref="Problem"/> is about (0: the whole file).</summary>
        public long ProblemRow { get; }

        /// <summary>Reads a checked export; a file with problems, or a resource without its id, is a <see cref="Problem"/>.</summary>
        public static InventoryReference Read(InventoryCheck check)
        {
            if (check == null)
            {
                throw new ArgumentNullException(nameof(check));
            }

            var model = new InventoryModel();
            if (check.Problems.Count > 0)
            {
                var first = check.Problems[0];
                var more = check.Problems.Count > 1 ? $" (and {check.Problems.Count - 1} more problem(s); Test-MGNImportFile lists them)" : string.Empty;
                return new InventoryReference(model, null, null, $"it is not a valid inventory file: row {first.RowNumber}: {first.RawError}{more}", first.RowNumber);
            }

            string? account = null, region = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in check.Rows)
            {
                if (row.AccountId == null || row.Region == null)
                {
                    return Refuse(model, row.RowNumber, "the row gives no mgn:account-id or no mgn:region, which every row of an MGN export has");
                }

                if ((account != null && account != row.AccountId) || (region != null && region != row.Region))
                {
                    return Refuse(model, row.RowNumber, $"the row is for account {row.AccountId} in {row.Region}, and the rows before it for {account} in {region}; an export is of one account and region");
                }

                (account, region) = (row.AccountId, row.Region);
                var wave = Put(model, seen, row, row.Wave, null, out var missing);
                if (missing == null)
                {
                    var app = Put(model, seen, row, row.Application, wave, out missing);
                    if (missing == null)
                    {
                        Put(model, seen, row, row.Server, app, out missing);
                    }
                }

                if (missing != null)
                {
                    return Refuse(model, row.RowNumber, missing);
                }
            }

            return new InventoryReference(model, account, region, null, 0);
        }

        private static InventoryReference Refuse(InventoryModel model, long row, string why) =>
            new InventoryReference(new InventoryModel(), null, null, $"row {row}: {why}", row);

        /// <summary>Adds what the row says of one resource; its id, or null when the row names none.</summary>
        private static string? Put(InventoryModel model, HashSet<string> seen, InventoryRow row, InventoryEntity? entity, string? parentId, out string? missing)
        {
            missing = null;
            if (entity == null)
            {
                return null;
            }

            var column = entity.Target == InventoryTarget.Wave ? "mgn:wave:id" : entity.Target == InventoryTarget.Application ? "mgn:app:id" : "mgn:server:id";
            if (entity.Id == null)
            {
                missing = $"{column}: the {(entity.Target == InventoryTarget.Server ? "server" : entity.Target == InventoryTarget.Wave ? "wave" : "application")} {InventoryText.Quote(entity.Name)} has no id, which every resource of an MGN export has";
                return null;
            }

            var marker = entity.Properties.Concat(entity.Tags).FirstOrDefault(p => InventoryMarker.IsMarker(p.Value));
            if (marker.Key != null)
            {
                missing = $"{marker.Key}: {InventoryText.Quote(marker.Value)} is an edit marker, which an MGN export never writes";
                return null;
            }

            if (!seen.Add(entity.Id))
            {
                // An export repeats a wave and an application on the row of each of their servers.
                return entity.Id;
            }

            var state = new InventoryResourceState(entity.Target, entity.Id) { Name = entity.Name, ParentId = parentId };
            foreach (var p in entity.Properties)
            {
                state.Properties[p.Key] = p.Value;
            }

            foreach (var t in entity.Tags)
            {
                state.Tags[t.Key] = t.Value;
            }

            model.Put(row.AccountId!, row.Region!, state);
            return entity.Id;
        }
    }
}
