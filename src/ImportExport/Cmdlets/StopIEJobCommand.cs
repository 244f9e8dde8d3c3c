using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>Stop-IEJob: cancels jobs that have not started (CancelJob). Cannot be undone.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "IEJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CanceledJob))]
    public sealed class StopIEJobCommand : AwsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [JobIdTransformation]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string[] JobId { get; set; } = System.Array.Empty<string>();

        /// <summary>Cancel without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Emit the outcome of each cancellation.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        [Parameter]
        public string? APIVersion { get; set; }

        /// <summary>AWS Tools' -Select: '*' the whole answer, a property path of it, or '^Parameter' (<see cref="AwsToolsSelect"/>).</summary>
        [Parameter]
        public string? Select { get; set; }

        protected override void BeginProcessing() => AwsToolsSelect.Check(this, Select, typeof(CanceledJob));

        protected override void ProcessRecord()
        {
            foreach (var id in JobId)
            {
                // A cancel cannot be undone: asked by default; -Force skips only that prompt, never -WhatIf or -Confirm.
                if (!Approval.ApproveIrreversible($"job {id}", "Cancel the job", $"Cancel job {id}? A canceled job cannot be restarted.", Force))
                {
                    continue;
                }

                var result = Try(id, token => ImportExport.Client.CancelJobAsync(new CancelJobRequest { JobId = id, APIVersion = APIVersion }, token));
                if (result is null)
                {
                    continue;
                }

                JobIdCompleter.Remember(id);
                WriteVerbose($"Job {id}: cancel {(result.Success ? "succeeded" : "was not confirmed by the service")}.");
                if (!AwsToolsSelect.Write(this, Select, result) && PassThru)
                {
                    WriteObject(result);
                }
            }
        }
    }
}
