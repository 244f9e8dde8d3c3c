using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ImportExport.Inventory;

using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// New-MGNImportFile: writes an MGN inventory CSV from pipeline objects. Properties named like mgn: columns
    /// (mgn:wave:name, ...) become those columns; -Map names the property (or a script block) for a column. The file
    /// is checked with the inventory rules first (Test-MGNImportFile's): a file it would reject is not written.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "MGNImportFile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class NewMGNImportFileCommand : PSCmdlet
    {
        private readonly List<PSObject> _rows = new List<PSObject>();

        /// <summary>The file to write.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>One object per row.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Column → property name, or a script block computing the value from $_ (the input object).</summary>
        [Parameter]
        public IDictionary? Map { get; set; }

        /// <summary>Overwrite an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Write the file even when some rows have problems (MGN rejects those rows and imports the others); problems of the whole file still stop it.</summary>
        [Parameter]
        public SwitchParameter AllowRowErrors { get; set; }

        protected override void ProcessRecord()
        {
            if (InputObject is not null)
            {
                _rows.Add(InputObject);
            }
        }

        protected override void EndProcessing()
        {
            var full = ProviderPaths.FileToWrite(this, Path, "-Path", FileKind.ImportFile, out var pathError);
            if (full is null)
            {
                WriteError(pathError!);
                return;
            }

            var columns = Columns();
            if (columns is null)
            {
                return;
            }

            if (!MapPropertiesExist(columns))
            {
                return;
            }

            var rows = MappedRows(columns);
            if (rows is null)
            {
                return;
            }

            var bytes = CsvWriter.Write(columns.Select(c => c.Column).ToArray(), rows);
            if (!IsWritable(InventoryChecker.Check(bytes), full))
            {
                return;
            }

            if (!new ChangeApproval(this).ApproveFileWrite(full, $"Write an MGN inventory file ({rows.Count} row(s), {columns.Count} column(s))", Force, FileKind.ImportFile))
            {
                return;
            }

            try
            {
                File.WriteAllBytes(full, bytes);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorCatalogue.FileUnwritable(FileKind.ImportFile, full, ex));
                return;
            }

            FileOutput.Write(this, full);
        }

        /// <summary>One row of values per input object, or null after an error for every value -Map could not take.</summary>
        private List<IReadOnlyList<string>>? MappedRows(List<(string Column, object Source)> columns)
        {
            var rows = new List<IReadOnlyList<string>>();
            var mapFailed = false;
            for (var n = 0; n < _rows.Count; n++)
            {
                var values = new string[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    if (!TryValue(_rows[n], columns[c], n + 1, out values[c]))
                    {
                        mapFailed = true;
                    }
                }

                rows.Add(values);
            }

            return mapFailed ? null : rows;
        }

        /// <summary>
        /// Whether the file may be written: a valid one, or with -AllowRowErrors one whose problems are only rows (one
        /// warning counts them); otherwise each problem is an error naming the input object.
        /// </summary>
        private bool IsWritable(InventoryCheck check, string full)
        {
            if (!check.IsValid && AllowRowErrors && !check.FileRejected)
            {
                var bad = check.Problems.Where(p => p.RowNumber > 1).Select(p => p.RowNumber - 1).Distinct().ToList();
                WriteWarning($"{bad.Count} input object(s) make rows with problems ({string.Join(", ", bad.Take(10))}{(bad.Count > 10 ? ", ..." : string.Empty)}); the file is written, and MGN rejects those rows and imports the others. Test-MGNImportFile -LiteralPath '{full}' lists them.");
                return true;
            }

            foreach (var problem in check.Problems)
            {
                problem.File = full;
                WriteError(ErrorCatalogue.ImportFileRowProblem(problem, check.FileRejected));
            }

            return check.IsValid;
        }

        // -Map's columns first (in its order), then every property named like an mgn: column, in order of appearance.
        private List<(string Column, object Source)>? Columns()
        {
            var columns = new List<(string Column, object Source)>();
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (Map is not null)
            {
                foreach (DictionaryEntry entry in Map)
                {
                    var column = LanguagePrimitives.ConvertTo<string>(entry.Key) ?? string.Empty;
                    if (InventoryColumn.Parse(column, out var problem) is not { } parsed || parsed.Target == InventoryTarget.None)
                    {
                        ThrowTerminatingError(ErrorCatalogue.InvalidMapColumn(column, problem));
                        return null;
                    }

                    var source = entry.Value is ScriptBlock block ? (object)block : LanguagePrimitives.ConvertTo<string>(entry.Value) ?? string.Empty;
                    if (taken.Add(column))
                    {
                        columns.Add((column, source));
                    }
                }
            }

            foreach (var row in _rows)
            {
                foreach (var property in row.Properties)
                {
                    if (property.Name.StartsWith("mgn:", StringComparison.OrdinalIgnoreCase) && taken.Add(property.Name))
                    {
                        columns.Add((property.Name, property.Name));
                    }
                }
            }

            if (columns.Count == 0)
            {
                ThrowTerminatingError(ErrorCatalogue.NoInventoryColumns());
                return null;
            }

            return columns;
        }

        // A -Map property that no input object has would be an empty column: the data it was meant to carry lost
        // without a word (and on an identifier column, every row "names no resource"). Refused, naming it.
        private bool MapPropertiesExist(List<(string Column, object Source)> columns)
        {
            var ok = true;
            foreach (var (column, source) in columns)
            {
                if (source is string property && _rows.Count > 0 && !_rows.Any(r => r.Properties[property] != null))
                {
                    var have = _rows[0].Properties.Select(p => p.Name).Take(12).ToList();
                    WriteError(ErrorCatalogue.MapPropertyNotFound(column, property, have));
                    ok = false;
                }
            }

            return ok;
        }

        // A -Map script block that throws is an error naming the column, the input object and the row it makes.
        private bool TryValue(PSObject row, (string Column, object Source) column, int inputNumber, out string value)
        {
            object? result;
            if (column.Source is ScriptBlock block)
            {
                try
                {
                    var output = block.InvokeWithContext(null, new List<PSVariable> { new PSVariable("_", row) }, row);
                    result = output.Count == 0 ? null : output[0]?.BaseObject;
                }
                catch (RuntimeException ex)
                {
                    WriteError(ErrorCatalogue.MapScriptBlockFailed(column.Column, inputNumber, row, ex));
                    value = string.Empty;
                    return false;
                }
            }
            else
            {
                result = row.Properties[(string)column.Source]?.Value;
            }

            value = result is null ? string.Empty : LanguagePrimitives.ConvertTo<string>(result) ?? string.Empty;
            return true;
        }
    }
}
