using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImportExport.Inventory
{
    /// <summary>
    /// What an import of a checked file would do to an inventory, without importing it: the file is applied to a copy
    /// of the inventory by <see cref="InventoryModel.Apply"/>, the emulator's StartImport rule set, and each resource it
    /// touches becomes a line (Create, Unchanged, or a Modify line per changed value), each row it refuses a Fail line
    /// with the problem's own words. The Create lines and the distinct resources of the Modify lines are the import
    /// summary's createdCount and modifiedCount.
    /// </summary>
    public static class InventoryPreview
    {
        /// <param name="check">The file, checked.</param>
        /// <param name="current">The inventory now (not changed).</param>
        /// <param name="accountId">The account the import would run as.</param>
        /// <param name="region">The region it would run in.</param>
        public static List<ImportFileChange> Of(InventoryCheck check, InventoryModel current, string accountId, string region)
        {
            if (check == null)
            {
                throw new ArgumentNullException(nameof(check));
            }

            if (current == null)
            {
                throw new ArgumentNullException(nameof(current));
            }

            var lines = new List<(ImportFileChange Line, int Order)>();
            void Add(ImportFileChange line) => lines.Add((line, lines.Count));
            foreach (var problem in check.Problems)
            {
                Add(new ImportFileChange
                {
                    Action = nameof(ImportFileAction.Fail), ResourceType = TypeOfColumn(problem.Column)?.ToString(), RowNumber = problem.RowNumber, Property = problem.Column,
                    NewValue = problem.Value, Reason = problem.RawError, ErrorType = problem.ErrorType, Rule = problem.Rule,
                });
            }

            if (!check.FileRejected)
            {
                // Ids only the copy sees: a resource the file would make has none yet, and its line shows none.
                var made = 0;
                var result = current.Clone().Apply(check, accountId, region, target => Prefix(target) + "preview" + (++made).ToString("d10", CultureInfo.InvariantCulture));
                foreach (var change in result.Changes)
                {
                    AddChange(change, Add);
                }

                var rows = check.Rows.ToDictionary(r => (long)r.RowNumber);
                foreach (var failure in result.Failures)
                {
                    var (type, id) = failure.SourceServerId != null ? (ImportFileResourceType.Server, failure.SourceServerId)
                        : failure.ApplicationId != null ? (ImportFileResourceType.Application, failure.ApplicationId)
                        : failure.WaveId != null ? (ImportFileResourceType.Wave, failure.WaveId)
                        : ((ImportFileResourceType?)null, (string?)null);
                    rows.TryGetValue(failure.RowNumber, out var row);
                    var entity = type == ImportFileResourceType.Server ? row?.Server : type == ImportFileResourceType.Application ? row?.Application : type == ImportFileResourceType.Wave ? row?.Wave : null;
                    Add(new ImportFileChange
                    {
                        Action = nameof(ImportFileAction.Fail), ResourceType = type?.ToString(), Name = entity?.Name, Id = id, RowNumber = failure.RowNumber,
                        Reason = failure.RawError, ErrorType = failure.ErrorType, Rule = failure.Rule,
                    });
                }
            }

            return lines.OrderBy(l => l.Line.RowNumber).ThenBy(l => l.Order).Select(l => l.Line).ToList();
        }

        private static void AddChange(InventoryChange change, Action<ImportFileChange> add)
        {
            var type = change.Target == InventoryTarget.Wave ? ImportFileResourceType.Wave
                : change.Target == InventoryTarget.Application ? ImportFileResourceType.Application
                : ImportFileResourceType.Server;
            ImportFileChange Line(ImportFileAction action) => new ImportFileChange
            {
                Action = action.ToString(), ResourceType = type.ToString(), Name = change.Name, Id = change.Created ? null : change.Id, RowNumber = change.RowNumber,
            };

            if (!change.Modified)
            {
                add(Line(change.Created ? ImportFileAction.Create : ImportFileAction.Unchanged));
                return;
            }

            foreach (var value in change.Differences)
            {
                var line = Line(ImportFileAction.Modify);
                (line.Property, line.CurrentValue, line.NewValue) = (value.Column, value.Current, value.New);
                add(line);
            }
        }

        private static string Prefix(InventoryTarget target) =>
            target == InventoryTarget.Wave ? "wave-" : target == InventoryTarget.Application ? "app-" : "s-";

        // The resource a problem's column is about (mgn:launch: columns are a server's launch settings).
        private static ImportFileResourceType? TypeOfColumn(string? column)
        {
            var lower = column?.ToLowerInvariant();
            return lower == null ? (ImportFileResourceType?)null
                : lower.StartsWith("mgn:wave:", StringComparison.Ordinal) ? ImportFileResourceType.Wave
                : lower.StartsWith("mgn:app:", StringComparison.Ordinal) ? ImportFileResourceType.Application
                : lower.StartsWith("mgn:server:", StringComparison.Ordinal) || lower.StartsWith("mgn:launch:", StringComparison.Ordinal) ? ImportFileResourceType.Server
                : (ImportFileResourceType?)null;
        }
    }
}
