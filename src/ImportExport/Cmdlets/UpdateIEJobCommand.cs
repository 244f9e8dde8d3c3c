using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>Update-IEJob: replaces the manifest of a job that has not started (UpdateJob).</summary>
    [Cmdlet(VerbsData.Update, "IEJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ManifestInput.FileParameterSet)]
    [OutputType(typeof(JobUpdate))]
    public sealed class UpdateIEJobCommand : AwsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [JobIdTransformation]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string JobId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        public JobType JobType { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ManifestInput.FileParameterSet)]
        [ValidateNotNullOrEmpty]
        public string ManifestPath { get; set; } = string.Empty;

        /// <summary>The manifest file, taken as written (no wildcards); binds from Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ManifestInput.LiteralFileParameterSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string LiteralPath { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ManifestInput.TextParameterSet)]
        [ValidateNotNullOrEmpty]
        public string Manifest { get; set; } = string.Empty;

        [Parameter]
        public SwitchParameter ValidateOnly { get; set; }

        [Parameter]
        public SwitchParameter SkipManifestValidation { get; set; }

        [Parameter]
        public string? APIVersion { get; set; }

        /// <summary>
        /// AWS Tools writes -ValidateOnly as a [bool] with its value (<c>-ValidateOnly $false</c>); here -ValidateOnly
        /// is a switch, so PowerShell binds that value by position, to this hidden parameter. It wins over the switch.
        /// </summary>
        [Parameter(Position = 3, DontShow = true)]
        public bool ValidateOnlyValue { get; set; }

        /// <summary>AWS Tools' -Select: '*' the whole answer, a property path of it, or '^Parameter' (<see cref="AwsToolsSelect"/>).</summary>
        [Parameter]
        public string? Select { get; set; }

        /// <summary>
        /// AWS Tools' -Force: no confirmation prompt, even where $ConfirmPreference would ask; -WhatIf still wins and an
        /// explicit -Confirm still asks.
        /// </summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing() => AwsToolsSelect.Check(this, Select, typeof(JobUpdate));

        protected override void ProcessRecord()
        {
            var (path, literal) = ManifestInput.PathOf(this, ManifestPath, LiteralPath);
            var text = ManifestInput.Read(this, Manifest, path, literal, JobType, SkipManifestValidation, JobId);
            if (text is null)
            {
                return;
            }

            var validateOnly = MyInvocation.BoundParameters.ContainsKey(nameof(ValidateOnlyValue)) ? ValidateOnlyValue : ValidateOnly.IsPresent;
            if (!validateOnly && !Approval.Approve($"job {JobId}", $"Replace the manifest with {ManifestInput.Describe(Manifest, path)}", Force))
            {
                return;
            }

            var request = new UpdateJobRequest { JobId = JobId, JobType = JobType, Manifest = text, ValidateOnly = validateOnly, APIVersion = APIVersion };
            var update = Try(JobId, token => ImportExport.Client.UpdateJobAsync(request, token));
            if (update is null)
            {
                return;
            }

            JobIdCompleter.Remember(JobId);
            if (!string.IsNullOrEmpty(update.WarningMessage))
            {
                WriteWarning($"Job {JobId}: {update.WarningMessage}");
            }

            if (!AwsToolsSelect.Write(this, Select, update))
            {
                WriteObject(update);
            }
        }
    }
}
