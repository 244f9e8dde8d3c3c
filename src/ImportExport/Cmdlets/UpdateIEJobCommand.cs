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

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
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

        protected override void ProcessRecord()
        {
            var (path, literal) = ManifestInput.PathOf(this, ManifestPath, LiteralPath);
            var text = ManifestInput.Read(this, Manifest, path, literal, JobType, SkipManifestValidation, JobId);
            if (text is null)
            {
                return;
            }

            if (!ValidateOnly && !Approval.Approve($"job {JobId}", $"Replace the manifest with {ManifestInput.Describe(Manifest, path)}"))
            {
                return;
            }

            var request = new UpdateJobRequest { JobId = JobId, JobType = JobType, Manifest = text, ValidateOnly = ValidateOnly, APIVersion = APIVersion };
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

            WriteObject(update);
        }
    }
}
