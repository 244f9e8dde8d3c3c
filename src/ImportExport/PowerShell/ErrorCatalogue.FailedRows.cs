using System;
using System.IO;
using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.Mgn;
using ImportExport.S3;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Export-MGNImportFailedRow: an import's errors paired with the rows of the file it read. Each error says why the
    /// rows are not paired (another file, a file written since, a file that is not CSV) and which file to pass.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>A second import's rows for the -Path that already holds the first's.</summary>
        public static ErrorRecord FailedRowFileInUse(string full, string writtenImport, string id) =>
            Record(new InvalidOperationException($"-Path '{full}' already holds the failed rows of import {writtenImport}; the rows of import {id} were not written. Run the command once per import, each with its own -Path."),
                ErrorIds.FailedRowFileInUse, ErrorCategory.InvalidOperation, id);

        /// <summary>The object the import read was written again after the import was created.</summary>
        public static ErrorRecord ImportSourceChanged(ImportTask import, GetObjectResult read, string path)
        {
            var message = $"s3://{import.S3Bucket}/{import.S3Key} was written at {read.LastModified:u}, after MGN import {import.ImportId} was created ({import.CreationDateTimeUtc:u}): it may not be the file the import read, so its rows are not paired with the import's errors.";
            return Record(new InvalidDataException(message), ErrorIds.ImportSourceChanged, ErrorCategory.InvalidData, import.ImportId, message,
                $"Pass the file the import read: Export-MGNImportFailedRow -ImportId {import.ImportId} -SourcePath <file> -Path {path}");
        }

        /// <summary>The object the import read cannot be read (access denied) or is gone.</summary>
        public static ErrorRecord ImportSourceUnavailable(InventoryDownloadException failure, ImportTask import)
        {
            var advice = $"Pass the file the import read: Export-MGNImportFailedRow -ImportId {import.ImportId} -SourcePath <file> -Path <failed.csv>";
            return failure.Failure == InventoryDownloadFailure.ObjectUnreadable
                ? Record(failure, ErrorIds.ImportSourceAccessDenied, ErrorCategory.PermissionDenied, failure.Location, failure.Message, advice)
                : Record(failure, ErrorIds.ImportSourceNotFound, ErrorCategory.ObjectNotFound, failure.Location, failure.Message, advice);
        }

        /// <summary>A -SourcePath file whose bytes differ from the object the import read (<paramref name="where"/>).</summary>
        public static ErrorRecord SourceFileMismatch(string path, ImportTask import, string where, byte[] local, byte[] read)
        {
            var message = $"'{path}' is not the file MGN import {import.ImportId} read: it has {local.Length} bytes (SHA-256 {ImportSourceFile.Sha256(local)}), " +
                          $"and {where}, which the import read, has {read.Length} bytes (SHA-256 {ImportSourceFile.Sha256(read)}). Its rows are not paired with the import's errors.";
            return Record(new InvalidDataException(message), ErrorIds.SourceFileMismatch, ErrorCategory.InvalidData, path, message,
                $"Pass the file the import read, or leave out -SourcePath to take the rows from {where}.");
        }

        /// <summary>The source (<paramref name="sourceName"/>) is not CSV.</summary>
        public static ErrorRecord SourceNotCsv(string sourceName, ImportTask import, NotCsvException failure) =>
            Record(new InvalidDataException($"{sourceName} is not a CSV file ({failure.Message}); its rows cannot be paired with the errors of MGN import {import.ImportId}.", failure),
                ErrorIds.SourceNotCsv, ErrorCategory.InvalidData, sourceName);

        /// <summary>The import reports an error on row <paramref name="row"/>, beyond the <paramref name="rowCount"/> rows of the source.</summary>
        public static ErrorRecord ImportErrorsBeyondFile(ImportTask import, long row, string sourceName, long rowCount)
        {
            var message = $"MGN import {import.ImportId} reports an error on row {row}, but {sourceName} has {rowCount} row(s), the header included: it is not the file the import read, and no rows were paired.";
            return Record(new InvalidDataException(message), ErrorIds.ImportErrorsBeyondFile, ErrorCategory.InvalidData, sourceName, message,
                "Pass the file the import read with -SourcePath.");
        }
    }
}
