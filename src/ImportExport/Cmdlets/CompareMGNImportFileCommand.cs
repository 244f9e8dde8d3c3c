using System;
using System.Linq;
using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Compare-MGNImportFile: what an import of an inventory file would create, modify, leave unchanged or refuse,
    /// without importing it. The file is applied to the current inventory (an export already downloaded,
    /// -ReferencePath, or a fresh export it starts, waits for and reads into memory, -S3Bucket) by the shared rule set
    /// the emulator's import uses (<see cref="InventoryPreview"/>), so its Create and Modify counts are the import
    /// summary's createdCount and modifiedCount.
    /// </summary>
    /// <remarks>
    /// ShouldProcess: a fresh export has MGN write an object to the caller's bucket, a change -WhatIf must be able to
    /// stop (as Export-MGNInventory's); with -ReferencePath nothing changes, so nothing is asked.
    /// </remarks>
    [Cmdlet(VerbsData.Compare, "MGNImportFile", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ImportFileChange))]
    public sealed class CompareMGNImportFileCommand : AwsCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string PathExportSet = "PathExport";
        private const string LiteralPathExportSet = "LiteralPathExport";

        /// <summary>The key of a fresh export when -S3Key is not given: the one Export-MGNInventory -Path inventory.csv uses.</summary>
        internal const string DefaultS3Key = "inventory.csv";

        private CurrentInventory? _current;
        private bool _referenceFailed;

        /// <summary>Inventory files to compare; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathExportSet, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = System.Array.Empty<string>();

        /// <summary>Inventory files, taken as written; binds from Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathExportSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = System.Array.Empty<string>();

        /// <summary>An MGN export already downloaded (Export-MGNInventory, or the CSV of Start-MGNExport): the inventory to compare against, taken as written.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
        [ValidateNotNullOrEmpty]
        public string ReferencePath { get; set; } = string.Empty;

        /// <summary>The bucket MGN writes a fresh export to: the inventory is exported now, waited for and read from it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathExportSet)]
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathExportSet)]
        [ValidateNotNullOrEmpty]
        public string S3Bucket { get; set; } = string.Empty;

        /// <summary>The key MGN writes the fresh export to (it must end in .csv); inventory.csv when not given.</summary>
        [Parameter(ParameterSetName = PathExportSet)]
        [Parameter(ParameterSetName = LiteralPathExportSet)]
        [ValidateNotNullOrEmpty]
        public string S3Key { get; set; } = DefaultS3Key;

        /// <summary>The 12-digit account that owns -S3Bucket, when it is not this account.</summary>
        [Parameter(ParameterSetName = PathExportSet)]
        [Parameter(ParameterSetName = LiteralPathExportSet)]
        public string? S3BucketOwner { get; set; }

        /// <summary>Stop waiting for the fresh export after this long (a TimeSpan, or seconds); nothing is compared then.</summary>
        [Parameter(ParameterSetName = PathExportSet)]
        [Parameter(ParameterSetName = LiteralPathExportSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>Look at the fresh export at this fixed interval instead of backing off from 1 to 15 seconds.</summary>
        [Parameter(ParameterSetName = PathExportSet)]
        [Parameter(ParameterSetName = LiteralPathExportSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        /// <summary>The encoding of the inventory files when they are not UTF-8, as Test-MGNImportFile takes it.</summary>
        [Parameter]
        [EncodingTransformation]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public System.Text.Encoding? Encoding { get; set; }

        private bool FreshExport => ParameterSetName == PathExportSet || ParameterSetName == LiteralPathExportSet;

        protected override void BeginProcessing()
        {
            if (FreshExport)
            {
                ImportWaitParameters.Check(this, Timeout, PollInterval);
            }
        }

        protected override void ProcessRecord()
        {
            var literal = ParameterSetName == LiteralPathSet || ParameterSetName == LiteralPathExportSet;
            foreach (var file in InventoryInput.Resolve(this, literal ? LiteralPath : Path, literal, literal ? "-LiteralPath" : "-Path"))
            {
                var check = InventoryInput.Load(this, file, Encoding, out _);
                var current = check is null ? null : Current();
                if (check is null || current is null)
                {
                    continue;
                }

                var lines = InventoryPreview.Of(check, current.Model, current.AccountId ?? AccountOfRows(check), current.Region);
                WriteVerbose(Summary(file, lines));
                foreach (var line in lines)
                {
                    line.File = file;
                    WriteObject(line);
                }
            }
        }

        /// <summary>The inventory to compare against, read once for every file; null after an error.</summary>
        private CurrentInventory? Current()
        {
            if (_current is null && !_referenceFailed)
            {
                _current = FreshExport
                    ? FromFreshExport()
                    : CurrentInventory.FromReference(this, ReferencePath, MyInvocation.BoundParameters.ContainsKey(nameof(Region)) ? Region : null);
                _referenceFailed = _current is null;
            }

            return _current;
        }

        /// <summary>
        /// Exports the inventory now (StartExport to -S3Bucket/-S3Key), waits for it with a progress bar and reads the file
        /// it wrote into memory, checked as Export-MGNInventory checks its download; null after an error (the errors are
        /// Export-MGNInventory's, <see cref="InventoryExportErrors"/>). Nothing is written to disk.
        /// </summary>
        private CurrentInventory? FromFreshExport()
        {
            var target = $"s3://{S3Bucket}/{S3Key}";
            if (MgnStartParameters.Validate(this, S3Bucket, S3Key, S3BucketOwner, null, null, target) is null
                || !new ChangeApproval(this).Approve(target, "Export the MGN inventory to compare the files against"))
            {
                return null;
            }

            string? exportId = null;
            try
            {
                var mgn = Mgn;
                var download = new InventoryExportDownload(mgn.Client, S3.Client, CallRunner());
                var export = CallRunner().Run(t => mgn.Client.StartExportAsync(new StartExportRequest { S3Bucket = S3Bucket, S3Key = S3Key, S3BucketOwner = S3BucketOwner }, t), StopToken);
                exportId = export.ExportId;
                ExportIdCompleter.Remember(export);
                WriteVerbose($"Started export {exportId} of the MGN inventory in {mgn.Region} to {target}; waiting for it to end.");

                var activity = ExportWaitReporter.FirstActivityId;
                var options = ImportWaitParameters.Options(Timeout, PollInterval);
                var finished = download.WaitFor(exportId!, options, report => ExportWaitReporter.Instance.Look(this, activity, report, options), StopToken);
                ExportWaitReporter.Instance.Done(this, activity, exportId!, finished.Status!);
                var fetched = download.Fetch(finished, StopToken);
                WriteVerbose(fetched.VerifiedBy is { } verifiedBy
                    ? $"Read {target} ({fetched.Body.Length} bytes, {verifiedBy} verified)."
                    : $"Read {target} ({fetched.Body.Length} bytes); S3 sent no checksum the module can verify, so only the length was checked.");

                var check = InventoryInput.Check(target, fetched.Body);
                var region = MyInvocation.BoundParameters.ContainsKey(nameof(Region)) ? Region : finished.Region ?? export.Region ?? mgn.Region;
                return CurrentInventory.FromExport(this, target, check, region, AccountOf(finished.Arn ?? export.Arn), "The export");
            }
            catch (Exception ex) when (InventoryExportErrors.IsExpected(ex, writesFile: false, StopToken.IsCancellationRequested))
            {
                var record = InventoryExportErrors.Record(this, ex, target, exportId, null, "Nothing was compared.");
                if (record is null)
                {
                    WriteServiceError(ex, exportId ?? target);
                }
                else
                {
                    WriteError(record);
                }

                return null;
            }
        }

        // arn:PARTITION:mgn:REGION:ACCOUNT:export/ID: the account, for an export without rows.
        private static string? AccountOf(string? arn)
        {
            var parts = arn?.Split(':');
            return parts is { Length: >= 6 } && parts[0] == "arn" && parts[4].Length > 0 ? parts[4] : null;
        }

        // An export without rows names no account: the file's own mgn:account-id is then taken as the importer's.
        private string AccountOfRows(InventoryCheck check)
        {
            var account = check.Rows.Select(r => r.AccountId).FirstOrDefault(a => a != null);
            if (account != null)
            {
                WriteWarning($"The inventory compared against names no account (it has no rows), so the rows' mgn:account-id {account} is taken as the account the import runs as.");
            }

            return account ?? string.Empty;
        }

        private static string Summary(string file, System.Collections.Generic.List<ImportFileChange> lines)
        {
            string Count(ImportFileAction action) => string.Join(", ",
                new[] { ImportFileResourceType.Wave, ImportFileResourceType.Application, ImportFileResourceType.Server }
                    .Select(type => $"{lines.Where(l => l.Action == action.ToString() && l.ResourceType == type.ToString()).Select(l => l.Id ?? l.Name).Distinct().Count()} {type.ToString().ToLowerInvariant()}(s)"));
            return $"{file}: the import would create {Count(ImportFileAction.Create)}; modify {Count(ImportFileAction.Modify)}; " +
                $"leave unchanged {Count(ImportFileAction.Unchanged)}; {lines.Where(l => l.Action == nameof(ImportFileAction.Fail)).Select(l => l.RowNumber).Distinct().Count()} row(s) fail.";
        }
    }
}
