using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Start-MGNImport: starts an MGN import of the inventory CSV in S3 (StartImport). With -Path it first checks a
    /// local file with the inventory rules (Test-MGNImportFile's), refuses it with its problems, else uploads it
    /// (S3 PutObject) and imports what it uploaded. With -Wait it then waits for the import to end exactly as
    /// Wait-MGNImport does (the same <see cref="ImportWaitReporter"/>).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "MGNImport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = StartSet)]
    [OutputType(typeof(ImportTask))]
    public sealed class StartMGNImportCommand : AwsCmdlet
    {
        private const string StartSet = "Start";
        private const string WaitSet = "Wait";
        private const string UploadSet = "Upload";
        private const string UploadWaitSet = "UploadWait";
        private const string UploadLiteralSet = "UploadLiteral";
        private const string UploadLiteralWaitSet = "UploadLiteralWait";

        /// <summary>The bucket; a bucket name piped in binds here, as on AWS Tools.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("S3BucketSource_S3Bucket")]
        [ValidateNotNullOrEmpty]
        public string S3Bucket { get; set; } = string.Empty;

        /// <summary>The object's key; with -Path the file's name when absent.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = StartSet)]
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = WaitSet)]
        [Parameter(ParameterSetName = UploadSet)]
        [Parameter(ParameterSetName = UploadWaitSet)]
        [Parameter(ParameterSetName = UploadLiteralSet)]
        [Parameter(ParameterSetName = UploadLiteralWaitSet)]
        [Alias("S3BucketSource_S3Key")]
        [ValidateNotNullOrEmpty]
        public string S3Key { get; set; } = string.Empty;

        /// <summary>A local inventory file to check, upload to -S3Bucket and import; wildcards allowed if they match one file.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UploadSet)]
        [Parameter(Mandatory = true, ParameterSetName = UploadWaitSet)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>-Path taken as written (no wildcards); binds from Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UploadLiteralSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, ParameterSetName = UploadLiteralWaitSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string? LiteralPath { get; set; }

        /// <summary>With -Path: the file's encoding when it is not UTF-8 (a code page such as 1252 or 850, or a name as Get-Content -Encoding takes it); the file is checked and uploaded as UTF-8.</summary>
        [Parameter(ParameterSetName = UploadSet)]
        [Parameter(ParameterSetName = UploadWaitSet)]
        [Parameter(ParameterSetName = UploadLiteralSet)]
        [Parameter(ParameterSetName = UploadLiteralWaitSet)]
        [EncodingTransformation]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public System.Text.Encoding? Encoding { get; set; }

        /// <summary>With -Path: upload and import a file whose only problems are rows the service will reject (it imports the others); problems of the whole file still stop it.</summary>
        [Parameter(ParameterSetName = UploadSet)]
        [Parameter(ParameterSetName = UploadWaitSet)]
        [Parameter(ParameterSetName = UploadLiteralSet)]
        [Parameter(ParameterSetName = UploadLiteralWaitSet)]
        public SwitchParameter AllowRowErrors { get; set; }

        /// <summary>The 12-digit account that owns the bucket, when it is not this account.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("S3BucketSource_S3BucketOwner")]
        public string? S3BucketOwner { get; set; }

        [Parameter]
        [Alias("Tags")]
        public Hashtable? Tag { get; set; }

        /// <summary>Makes the call idempotent; generated when absent and reused by every retry.</summary>
        [Parameter]
        public string? ClientToken { get; set; }

        /// <summary>AWS Tools' -Select: '*' the whole answer, a property path of it, or '^Parameter' (<see cref="AwsToolsSelect"/>).</summary>
        [Parameter(ParameterSetName = StartSet)]
        [Parameter(ParameterSetName = UploadSet)]
        [Parameter(ParameterSetName = UploadLiteralSet)]
        public string? Select { get; set; }

        /// <summary>AWS Tools V4's -PassThru: writes -S3Bucket's value instead of the import (-Select '^S3Bucket').</summary>
        [Parameter(ParameterSetName = StartSet)]
        [Parameter(ParameterSetName = UploadSet)]
        [Parameter(ParameterSetName = UploadLiteralSet)]
        public SwitchParameter PassThru { get; set; }

        /// <summary>
        /// AWS Tools' -Force: no confirmation prompt, even where $ConfirmPreference would ask; -WhatIf still wins and an
        /// explicit -Confirm still asks.
        /// </summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Wait until the import ends and emit its final state (a FAILED import is an error).</summary>
        [Parameter(Mandatory = true, ParameterSetName = WaitSet)]
        [Parameter(Mandatory = true, ParameterSetName = UploadWaitSet)]
        [Parameter(Mandatory = true, ParameterSetName = UploadLiteralWaitSet)]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: stop waiting after this long (a TimeSpan, or seconds).</summary>
        [Parameter(ParameterSetName = WaitSet)]
        [Parameter(ParameterSetName = UploadWaitSet)]
        [Parameter(ParameterSetName = UploadLiteralWaitSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>With -Wait: look at the import at this fixed interval instead of backing off from 1 to 15 seconds.</summary>
        [Parameter(ParameterSetName = WaitSet)]
        [Parameter(ParameterSetName = UploadWaitSet)]
        [Parameter(ParameterSetName = UploadLiteralWaitSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        protected override void BeginProcessing()
        {
            ImportWaitParameters.Check(this, Timeout, PollInterval);
            AwsToolsSelect.Check(this, Select, typeof(ImportExport.AwsTools.StartImportResponse), PassThru);
        }

        protected override void ProcessRecord()
        {
            if (!LocalFile(out var file))
            {
                return;
            }

            var target = $"s3://{S3Bucket}/{S3Key}";
            var tags = MgnStartParameters.Validate(this, S3Bucket, S3Key, S3BucketOwner, Tag, ClientToken, target);
            if (tags is null)
            {
                return;
            }

            byte[]? content = null;
            if (file is not null && (content = CheckedContent(file)) is null)
            {
                return;
            }

            if (!Approval.Approve(target, file is null ? "Start MGN import" : $"Upload {file} and start MGN import", Force))
            {
                return;
            }

            if (file is not null && !Upload(file, content!, target))
            {
                return;
            }

            var task = Start(tags, file, target);
            if (task is not null)
            {
                Output(task);
            }
        }

        /// <summary>With -Path/-LiteralPath: the one file (and -S3Key from its name when not given); false after an error.</summary>
        private bool LocalFile(out string? file)
        {
            file = null;
            var literal = LiteralPath is not null;
            if ((literal ? LiteralPath : Path) is not { } given)
            {
                return true;
            }

            file = ProviderPaths.FileToRead(this, given, literal, literal ? "-LiteralPath" : "-Path", FileKind.ImportFile,
                $"Start-MGNImport uploads one; pipe them one at a time: Get-ChildItem -Path {CommandText.Literal(given)} | Start-MGNImport -S3Bucket {CommandText.Literal(S3Bucket)}");
            if (file is null)
            {
                return false;
            }

            // Asked per record, not of S3Key's value: files piped by -LiteralPath each go to a key of their own name.
            if (!MyInvocation.BoundParameters.ContainsKey(nameof(S3Key)))
            {
                S3Key = System.IO.Path.GetFileName(file);
            }

            return true;
        }

        /// <summary>The file as UTF-8 when the inventory rules let it be imported; null after its problems were written.</summary>
        private byte[]? CheckedContent(string file)
        {
            var check = InventoryInput.Load(this, file, Encoding, out var utf8);
            return check is not null && IsImportable(file, check) ? utf8 : null;
        }

        private bool Upload(string file, byte[] content, string target)
        {
            var put = new ImportExport.S3.PutObjectRequest { BucketName = S3Bucket, Key = S3Key, Body = content, ExpectedBucketOwner = S3BucketOwner };
            WriteVerbose($"PutObject {target} ({content.Length} bytes).");
            var uploaded = Try(file, token => S3.Client.PutObjectAsync(put, token), (record, _) => ErrorCatalogue.AdviseUploadFailed(record, file, target));
            if (uploaded is null)
            {
                return false;
            }

            WriteVerbose($"Uploaded {file} to {target} (ETag {uploaded.ETag}).");
            return true;
        }

        private ImportTask? Start(Dictionary<string, string> tags, string? file, string target)
        {
            var request = new StartImportRequest
            {
                S3BucketSource = new S3BucketSource { S3Bucket = S3Bucket, S3Key = S3Key, S3BucketOwner = S3BucketOwner },
                Tags = tags,
            };
            if (!string.IsNullOrEmpty(ClientToken))
            {
                request.ClientToken = ClientToken!;
            }

            WriteVerbose($"StartImport with client token {request.ClientToken}.");
            return Try(target, token => Mgn.Client.StartImportAsync(request, token), (record, ex) =>
            {
                ErrorCatalogue.AdviseSameClientToken(record, ex, request.ClientToken);
                if (file is not null)
                {
                    // The object stays: say where it is, so the import can be started from it without uploading again.
                    ErrorCatalogue.AdviseUploadedNotStarted(record, file, target, S3Bucket, S3Key);
                }
            });
        }

        /// <summary>The import (or -Select's part of it); with -Wait, its final state as Wait-MGNImport writes it.</summary>
        private void Output(ImportTask task)
        {
            ImportIdCompleter.Remember(task);
            if (!Wait)
            {
                if (!AwsToolsSelect.Write(this, PassThru ? "^S3Bucket" : Select, new ImportExport.AwsTools.StartImportResponse { ImportTask = task }))
                {
                    WriteObject(task);
                }

                return;
            }

            WriteVerbose($"Started import {task.ImportId}; waiting for it to end.");
            try
            {
                ImportWaitReporter.Run(this, ImportWaiter.For(Mgn.Client, CallRunner()), new[] { task.ImportId! }, ImportWaitParameters.Options(Timeout, PollInterval), StopToken, Mgn.Region);
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                WriteServiceError(ex, task.ImportId);
            }
        }

        // The file's problems, as Test-MGNImportFile reports them, each an error whose target is the problem. With
        // -AllowRowErrors a file whose only problems are rows goes on, with one warning that counts them.
        private bool IsImportable(string file, ImportExport.Inventory.InventoryCheck check)
        {
            if (check.IsValid)
            {
                return true;
            }

            if (AllowRowErrors && !check.FileRejected)
            {
                var rows = check.Problems.Where(p => p.RowNumber > 0).Select(p => p.RowNumber).Distinct().ToList();
                WriteWarning($"{file}: {rows.Count} row(s) have problems ({string.Join(", ", rows.Take(10))}{(rows.Count > 10 ? ", ..." : string.Empty)}): " +
                    $"MGN rejects those rows (VALIDATION_ERROR) and imports the others. Test-MGNImportFile -LiteralPath '{file}' lists them now; Get-MGNImportError lists them after the import.");
                return true;
            }

            foreach (var problem in check.Problems)
            {
                WriteError(ErrorCatalogue.ImportFileProblem(problem, file, check.FileRejected));
            }

            return false;
        }
    }
}
