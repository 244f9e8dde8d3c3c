using System;
using System.Collections;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Start-MGNExport: starts an MGN export of the account's inventory in the region (StartExport), which writes one
    /// CSV to -S3Bucket/-S3Key. With -Wait it then waits for the export to end exactly as Wait-MGNExport does.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "MGNExport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = StartSet)]
    [OutputType(typeof(ExportTask))]
    public sealed class StartMGNExportCommand : AwsCmdlet
    {
        private const string StartSet = "Start";
        private const string WaitSet = "Wait";

        /// <summary>The bucket; a bucket name piped in binds here, as on AWS Tools.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string S3Bucket { get; set; } = string.Empty;

        /// <summary>The key the export's CSV is written to (it must end in .csv).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = StartSet)]
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = WaitSet)]
        [ValidateNotNullOrEmpty]
        public string S3Key { get; set; } = string.Empty;

        /// <summary>The 12-digit account that owns the bucket, when it is not this account.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? S3BucketOwner { get; set; }

        /// <summary>Tags of the export task (AWS Tools' Start-MGNExport calls this -Tag, alias Tags).</summary>
        [Parameter]
        [Alias("Tags")]
        public Hashtable? Tag { get; set; }

        /// <summary>AWS Tools' -Select: '*' the whole answer, a property path of it, or '^Parameter' (<see cref="AwsToolsSelect"/>).</summary>
        [Parameter(ParameterSetName = StartSet)]
        public string? Select { get; set; }

        /// <summary>
        /// AWS Tools' -Force: no confirmation prompt, even where $ConfirmPreference would ask; -WhatIf still wins and an
        /// explicit -Confirm still asks.
        /// </summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Wait until the export ends and emit its final state (a FAILED export is an error).</summary>
        [Parameter(Mandatory = true, ParameterSetName = WaitSet)]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: stop waiting after this long (a TimeSpan, or seconds).</summary>
        [Parameter(ParameterSetName = WaitSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>With -Wait: look at the export at this fixed interval instead of backing off from 1 to 15 seconds.</summary>
        [Parameter(ParameterSetName = WaitSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        protected override void BeginProcessing()
        {
            ImportWaitParameters.Check(this, Timeout, PollInterval);
            AwsToolsSelect.Check(this, Select, typeof(ImportExport.AwsTools.StartExportResponse));
        }

        protected override void ProcessRecord()
        {
            var target = $"s3://{S3Bucket}/{S3Key}";
            var tags = MgnStartParameters.Validate(this, S3Bucket, S3Key, S3BucketOwner, Tag, null, target);
            if (tags is null || !Approval.Approve(target, "Start MGN export", Force))
            {
                return;
            }

            var request = new StartExportRequest { S3Bucket = S3Bucket, S3Key = S3Key, S3BucketOwner = S3BucketOwner, Tags = tags };
            var task = Try(target, token => Mgn.Client.StartExportAsync(request, token));
            if (task is null)
            {
                return;
            }

            ExportIdCompleter.Remember(task);
            if (!Wait)
            {
                if (!AwsToolsSelect.Write(this, Select, new ImportExport.AwsTools.StartExportResponse { ExportTask = task }))
                {
                    WriteObject(task);
                }

                return;
            }

            WriteVerbose($"Started export {task.ExportId}; waiting for it to end.");
            try
            {
                ExportWaitReporter.Run(this, ExportWaiter.For(Mgn.Client, CallRunner()), new[] { task.ExportId! }, ImportWaitParameters.Options(Timeout, PollInterval), StopToken, Mgn.Region);
            }
            catch (Exception ex) when (IsServiceFailure(ex) && !StopToken.IsCancellationRequested)
            {
                WriteServiceError(ex, task.ExportId);
            }
        }
    }
}
