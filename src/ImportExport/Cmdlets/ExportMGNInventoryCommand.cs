using System;
using System.IO;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Export-MGNInventory: the region's MGN inventory as a local CSV. Starts an export to -S3Bucket/-S3Key, waits for it
    /// with a progress bar (as Wait-MGNExport), downloads the object with its checksum verified and writes it to -Path
    /// atomically; returns the file. The file is the export's bytes unchanged, so it is an import file as it stands.
    /// </summary>
    [Cmdlet(VerbsData.Export, "MGNInventory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportMGNInventoryCommand : AwsCmdlet
    {
        /// <summary>The local file to write.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>The bucket MGN writes the export to.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string S3Bucket { get; set; } = string.Empty;

        /// <summary>The key MGN writes the export to (it must end in .csv); the file name of -Path when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? S3Key { get; set; }

        /// <summary>The 12-digit account that owns the bucket, when it is not this account.</summary>
        [Parameter]
        public string? S3BucketOwner { get; set; }

        /// <summary>Replace -Path when it exists (it is replaced only once the download is complete and verified).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Stop waiting for the export after this long (a TimeSpan, or seconds); nothing is written then.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>Look at the export at this fixed interval instead of backing off from 1 to 15 seconds.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        protected override void BeginProcessing() => ImportWaitParameters.Check(this, Timeout, PollInterval);

        protected override void ProcessRecord()
        {
            var full = ProviderPaths.FileToWrite(this, Path, "-Path", FileKind.InventoryFile, out var pathError);
            if (full is null)
            {
                WriteError(pathError!);
                return;
            }

            var key = S3Key ?? System.IO.Path.GetFileName(full);
            if (S3Key is null && !key.EndsWith(".csv", StringComparison.Ordinal))
            {
                // Said in terms of what the user typed: the key they did not give comes from -Path.
                WriteError(ErrorCatalogue.ExportKeyFromPathNotCsv(key));
                return;
            }

            var target = $"s3://{S3Bucket}/{key}";
            if (MgnStartParameters.Validate(this, S3Bucket, key, S3BucketOwner, null, null, target) is null)
            {
                return;
            }

            if (new ChangeApproval(this).ApproveFileWrite(full, $"Export the MGN inventory to {target} and download it", Force, FileKind.InventoryFile) && Export(full, key, target))
            {
                FileOutput.Write(this, full);
            }
        }

        /// <summary>Exports to <paramref name="target"/>, waits and downloads to <paramref name="full"/>; false after an error.</summary>
        private bool Export(string full, string key, string target)
        {
            string? exportId = null;
            try
            {
                Download(full, key, target, id => exportId = id);
                return true;
            }
            catch (Exception ex) when (InventoryExportErrors.IsExpected(ex, writesFile: true, StopToken.IsCancellationRequested))
            {
                WriteFailure(ex, full, target, exportId);
                return false;
            }
        }

        private void Download(string full, string key, string target, Action<string?> started)
        {
            var request = new StartExportRequest { S3Bucket = S3Bucket, S3Key = key, S3BucketOwner = S3BucketOwner };
            var activity = ExportWaitReporter.FirstActivityId;
            var download = new InventoryExportDownload(Mgn.Client, S3.Client, CallRunner());
            var options = ImportWaitParameters.Options(Timeout, PollInterval);
            string? exportId = null;
            var result = download.Run(
                request,
                full,
                Force,
                options,
                report => ExportWaitReporter.Instance.Look(this, activity, report, options),
                StopToken,
                export =>
                {
                    exportId = export.ExportId;
                    started(exportId);
                    ExportIdCompleter.Remember(export);
                    WriteVerbose($"Started export {export.ExportId} of the MGN inventory in {Mgn.Region} to {target}; waiting for it to end.");
                });
            ExportWaitReporter.Instance.Done(this, activity, exportId!, result.Export.Status!);
            WriteVerbose(result.VerifiedBy is { } verifiedBy
                ? $"Downloaded {target} ({result.Length} bytes, {verifiedBy} verified) to {full}."
                : $"Downloaded {target} ({result.Length} bytes) to {full}; S3 sent no checksum the module can verify, so only the length was checked.");
        }

        /// <summary>The error of a failed export or download (<see cref="InventoryExportErrors"/>); nothing was written to <paramref name="full"/>.</summary>
        private void WriteFailure(Exception failure, string full, string target, string? exportId)
        {
            var record = InventoryExportErrors.Record(this, failure, target, exportId, full, $"Nothing was written to {full}.");
            if (record is null)
            {
                WriteServiceError(failure, exportId ?? target);
            }
            else
            {
                WriteError(record);
            }
        }
    }
}
