using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.Mgn;
using ImportExport.PowerShell;
using ImportExport.Runtime;
using ImportExport.S3;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Export-MGNImportFailedRow: the rows an MGN import rejected, as a new CSV ready to fix and import again. Reads the
    /// import's errors (ListImportErrors), takes the rows they name from the file the import read (-SourcePath, or the
    /// import's own S3 object), and writes them with the original header and a first column, ImportError, saying what
    /// was wrong (not an mgn: column, so MGN ignores it). A file that cannot be the one the import read is an error,
    /// never a file of wrongly paired rows.
    /// </summary>
    [Cmdlet(VerbsData.Export, "MGNImportFailedRow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportMGNImportFailedRowCommand : AwsCmdlet
    {
        private string? _written;

        /// <summary>The import whose failed rows to write; binds from the ImportId of Start-MGNImport, Get-MGNImport and Wait-MGNImport output.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ImportIdTransformation]
        [ValidateImportId]
        [ArgumentCompleter(typeof(ImportIdCompleter))]
        public string[] ImportId { get; set; } = System.Array.Empty<string>();

        /// <summary>The ARN of the import (the Arn of import objects): alone it names the import; its region is where to look for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Arn")]
        public string? ImportArn { get; set; }

        /// <summary>The CSV file to write.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>The local file the import read (what Start-MGNImport -Path uploaded); without it, the import's S3 object.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? SourcePath { get; set; }

        /// <summary>Replace -Path when it exists.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var ids = ImportArnInput.Required(this, ImportId, ImportArn);
            var region = ImportTask.RegionOf(ImportArn);
            ImportArn = null;
            ImportId = System.Array.Empty<string>();
            foreach (var id in ids)
            {
                WriteFailedRows(id, region);
            }
        }

        /// <summary>The file to write (-Path) and the local source (-SourcePath, when given); false after an error.</summary>
        private bool Files(string id, out string full, out string? localSource)
        {
            localSource = null;
            var path = ProviderPaths.FileToWrite(this, Path, "-Path", FileKind.FailedRowFile, out var pathError);
            full = path ?? string.Empty;
            if (path is null)
            {
                WriteError(pathError!);
                return false;
            }

            if (_written is not null)
            {
                // One file holds one import's rows: a second import would replace the first's.
                WriteError(ErrorCatalogue.FailedRowFileInUse(full, _written, id));
                return false;
            }

            if (SourcePath is not null)
            {
                localSource = ProviderPaths.FileToRead(this, SourcePath, literal: false, "-SourcePath", FileKind.ImportFile);
                if (localSource is null)
                {
                    return false;
                }
            }

            return true;
        }

        private void WriteFailedRows(string id, string? region)
        {
            if (!Files(id, out var full, out var localSource))
            {
                return;
            }

            var connection = MgnFor(region, "the import's ARN");
            var source = new ImportSourceFile(connection.Client, S3For(region, "the import's ARN").Client, CallRunner());
            try
            {
                var import = source.Find(id, StopToken);
                if (import is null)
                {
                    WriteError(ErrorCatalogue.ImportNotFound(id, connection.Region));
                    return;
                }

                if (!import.IsFinished)
                {
                    WriteError(ErrorCatalogue.ImportNotFinished(id, import.Status));
                    return;
                }

                var errors = source.Errors(id, StopToken);
                if (errors.Count == 0)
                {
                    WriteWarning($"MGN import {id} has no errors: every row was imported, and no file was written.");
                    return;
                }

                var bytes = localSource is null ? FromS3(source, import) : FromLocal(source, import, localSource);
                if (bytes is null)
                {
                    return;
                }

                Write(import, errors, bytes, localSource ?? $"s3://{import.S3Bucket}/{import.S3Key}", full);
            }
            catch (Exception ex) when (IsServiceFailure(ex) && !StopToken.IsCancellationRequested)
            {
                WriteServiceError(ex, id);
            }
        }

        // The import's own object: refused when S3 wrote it after the import was created (it may hold other rows now).
        private byte[]? FromS3(ImportSourceFile source, ImportTask import)
        {
            GetObjectResult read;
            try
            {
                read = source.Read(import, StopToken);
            }
            catch (InventoryDownloadException ex)
            {
                WriteError(ErrorCatalogue.ImportSourceUnavailable(ex, import));
                return null;
            }

            if (ImportSourceFile.ReplacedSince(read, import))
            {
                WriteError(ErrorCatalogue.ImportSourceChanged(import, read, Path));
                return null;
            }

            return read.Body;
        }

        // A local file: checked against the object the import read when that object is still what it was.
        private byte[]? FromLocal(ImportSourceFile source, ImportTask import, string path)
        {
            byte[] local;
            try
            {
                local = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorCatalogue.FileUnreadable(FileKind.ImportFile, path, ex));
                return null;
            }

            GetObjectResult read;
            try
            {
                read = source.Read(import, StopToken);
            }
            catch (InventoryDownloadException ex)
            {
                WriteWarning($"Cannot check that '{path}' is the file MGN import {import.ImportId} read: {ex.Message} Its rows are paired with the import's errors as given.");
                return local;
            }

            var where = $"s3://{import.S3Bucket}/{import.S3Key}";
            if (ImportSourceFile.ReplacedSince(read, import))
            {
                WriteWarning($"Cannot check that '{path}' is the file MGN import {import.ImportId} read: {where} was written again after the import was created. Its rows are paired with the import's errors as given.");
                return local;
            }

            if (local.Length != read.Body.Length || ImportSourceFile.Sha256(local) != ImportSourceFile.Sha256(read.Body))
            {
                WriteError(ErrorCatalogue.SourceFileMismatch(path, import, where, local, read.Body));
                return null;
            }

            return local;
        }

        private void Write(ImportTask import, IReadOnlyList<ImportError> errors, byte[] bytes, string sourceName, string full)
        {
            FailedRowResult result;
            try
            {
                result = FailedRowFile.Build(bytes, errors.Select(e => new KeyValuePair<long?, string>(e.RowNumber, FailedRowFile.Describe(e.ErrorType, e.RawError))));
            }
            catch (NotCsvException ex)
            {
                WriteError(ErrorCatalogue.SourceNotCsv(sourceName, import, ex));
                return;
            }

            if (result.RowBeyondFile is { } beyond)
            {
                WriteError(ErrorCatalogue.ImportErrorsBeyondFile(import, beyond, sourceName, result.RowCount));
                return;
            }

            foreach (var problem in result.FileProblems)
            {
                WriteWarning($"MGN import {import.ImportId}: a problem of the whole file, not of one row (no row written for it): {problem}");
            }

            if (result.RowsWritten == 0)
            {
                WriteWarning($"MGN import {import.ImportId} names no failed row (only problems of the whole file); no file was written.");
                return;
            }

            if (!new ChangeApproval(this).ApproveFileWrite(full, $"Write the {result.RowsWritten} failed row(s) of MGN import {import.ImportId}", Force, FileKind.FailedRowFile))
            {
                return;
            }

            try
            {
                AtomicFile.WriteAllBytes(full, result.Bytes!);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorCatalogue.FileUnwritable(FileKind.FailedRowFile, full, ex));
                return;
            }

            _written = import.ImportId;
            WriteVerbose($"Wrote {result.RowsWritten} failed row(s) of MGN import {import.ImportId} from {sourceName} to {full}, with what was wrong in the {FailedRowFile.ProblemColumn} column.");
            FileOutput.Write(this, full);
        }
    }
}
