using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using ImportExport.Inventory;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// MGN inventory files: a problem the one inventory rule set finds (the id is ImportFileInvalid and the rule, the
    /// target the problem), New-MGNImportFile's -Map and input objects, Export-MGNInventory's key, and an export
    /// file compared against (-ReferencePath).
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>A problem of the file Start-MGNImport would upload; nothing was uploaded.</summary>
        public static ErrorRecord ImportFileProblem(ImportFileProblem problem, string file, bool fileRejected)
        {
            var where = problem.RowNumber == 0 ? file : $"{file}, row {problem.RowNumber}{(problem.Line is long line && line != problem.RowNumber ? $" (line {line})" : string.Empty)}";
            var message = $"{where}: {problem.RawError}";
            return Record(new InvalidDataException(message), ImportFileInvalidId(problem), ErrorCategory.InvalidData, problem, message,
                fileRejected
                    ? $"Fix the file (Test-MGNImportFile -LiteralPath '{file}' lists every problem); nothing was uploaded."
                    : $"Fix the file (Test-MGNImportFile -LiteralPath '{file}' lists every problem), or add -AllowRowErrors to import the other rows; nothing was uploaded.");
        }

        /// <summary>A problem of the file New-MGNImportFile would write, said by input object (row 2 is input object 1).</summary>
        public static ErrorRecord ImportFileRowProblem(ImportFileProblem problem, bool fileRejected)
        {
            var message = $"Row {problem.RowNumber} ({(problem.RowNumber >= 2 ? "input object " + (problem.RowNumber - 1) : "the header")}): {problem.RawError}";
            return Record(new InvalidDataException(message), ImportFileInvalidId(problem), ErrorCategory.InvalidData, problem, message,
                fileRejected
                    ? "Fix the input objects or -Map; the file was not written."
                    : "Fix the input objects or -Map, or add -AllowRowErrors to write the file anyway (MGN rejects those rows); the file was not written.");
        }

        /// <summary>A -Map key that is not an mgn: column; <paramref name="problem"/> says why, when the parser knows.</summary>
        public static ErrorRecord InvalidMapColumn(string column, string? problem) =>
            Record(new ArgumentException($"-Map key '{column}': {problem ?? "not an mgn: column"}."), ErrorIds.InvalidMapColumn, ErrorCategory.InvalidArgument, column);

        /// <summary>Neither the input objects nor -Map name an mgn: column.</summary>
        public static ErrorRecord NoInventoryColumns() =>
            Record(new ArgumentException("No mgn: column: the input objects have no property named like one (mgn:wave:name, mgn:server:user-provided-id, ...) and -Map names none."),
                ErrorIds.NoInventoryColumns, ErrorCategory.InvalidArgument, null);

        /// <summary>A -Map value naming a property no input object has; <paramref name="have"/> are (up to 12 of) the first object's.</summary>
        public static ErrorRecord MapPropertyNotFound(string column, string property, IReadOnlyList<string> have)
        {
            var message = $"-Map '{column}' names the property '{property}', and no input object has it (the first has: {string.Join(", ", have)}{(have.Count == 12 ? ", ..." : string.Empty)}).";
            return Record(new ArgumentException(message), ErrorIds.MapPropertyNotFound, ErrorCategory.InvalidArgument, property,
                message, "Correct the property name in -Map (names are not case-sensitive); the file was not written.");
        }

        /// <summary>A -Map script block that threw for input object <paramref name="inputNumber"/>.</summary>
        public static ErrorRecord MapScriptBlockFailed(string column, int inputNumber, object row, RuntimeException failure)
        {
            var message = $"-Map '{column}': the script block failed for input object {inputNumber} (row {inputNumber + 1} of the file): {failure.Message}";
            return Record(new InvalidOperationException(message, failure), ErrorIds.MapScriptBlockFailed, ErrorCategory.InvalidData, row,
                message, "Fix the script block or that input object; the file was not written.");
        }

        /// <summary>Export-MGNInventory without -S3Key, whose -Path file name (the key) does not end in .csv.</summary>
        public static ErrorRecord ExportKeyFromPathNotCsv(string key) =>
            Record(new ArgumentException($"-S3Key is not given and the file name of -Path, '{key}', does not end in .csv, so MGN cannot write an export to it: give -S3Key (for example exports/inventory.csv)."),
                ErrorIds.InvalidS3Key, ErrorCategory.InvalidArgument, key);

        /// <summary>A reference (<paramref name="parameter"/> <paramref name="source"/>) that is not an MGN export; <paramref name="problem"/> says why.</summary>
        public static ErrorRecord ReferenceNotAnExport(string parameter, string source, string problem) =>
            Record(new InvalidDataException($"{parameter} '{source}' is not an MGN export to compare against: {problem}."),
                ErrorIds.ReferenceNotAnExport, ErrorCategory.InvalidData, source);

        /// <summary>A reference export of another region than -Region.</summary>
        public static ErrorRecord ReferenceRegionMismatch(string parameter, string source, string referenceRegion, string region) =>
            Record(new ArgumentException($"{parameter} '{source}' is an export of {referenceRegion}, and -Region is {region}; compare against an export of the region the file is imported into."),
                ErrorIds.ReferenceRegionMismatch, ErrorCategory.InvalidArgument, source);

        /// <summary>A reference export without rows, and no -Region.</summary>
        public static ErrorRecord ReferenceWithoutRegion(string parameter, string source) =>
            Record(new ArgumentException($"{parameter} '{source}' has no rows to take the region from; give -Region, the region the file is imported into."),
                ErrorIds.NoRegion, ErrorCategory.InvalidArgument, source);

        private static string ImportFileInvalidId(ImportFileProblem problem) => ErrorIds.ImportFileInvalid + "," + problem.Rule;
    }
}
