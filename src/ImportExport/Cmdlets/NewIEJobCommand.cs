using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>New-IEJob: creates an Import/Export job from a manifest (CreateJob).</summary>
    [Cmdlet(VerbsCommon.New, "IEJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ManifestInput.FileParameterSet)]
    [OutputType(typeof(CreatedJob))]
    public sealed class NewIEJobCommand : AwsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public JobType JobType { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ManifestInput.FileParameterSet)]
        [Alias("Path")]
        [ValidateNotNullOrEmpty]
        public string ManifestPath { get; set; } = string.Empty;

        /// <summary>The manifest file, taken as written (no wildcards); binds from Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ManifestInput.LiteralFileParameterSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string LiteralPath { get; set; } = string.Empty;

        // Empty strings are allowed for the blank lines of a file piped line by line; an empty manifest is refused below.
        [Parameter(Mandatory = true, ParameterSetName = ManifestInput.TextParameterSet, ValueFromPipeline = true)]
        [AllowEmptyString]
        public string Manifest { get; set; } = string.Empty;

        [Parameter]
        public string? ManifestAddendum { get; set; }

        /// <summary>Only validate the manifest with the service; no job is created.</summary>
        [Parameter]
        public SwitchParameter ValidateOnly { get; set; }

        /// <summary>Send the manifest without the local check (the service still validates it).</summary>
        [Parameter]
        public SwitchParameter SkipManifestValidation { get; set; }

        /// <summary>
        /// Retry CreateJob even after a failure that may have come after the job was created (connection lost or
        /// timed out after sending, HTTP 500, unreadable answer). A retry may then create a second job.
        /// </summary>
        [Parameter]
        public SwitchParameter RetryUnknownOutcome { get; set; }

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

        // Lines piped one by one (Get-Content without -Raw): one manifest, made at the end of the input.
        private readonly PipedManifestLines _lines = new PipedManifestLines();

        protected override void BeginProcessing() => AwsToolsSelect.Check(this, Select, typeof(CreatedJob));

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ManifestInput.TextParameterSet && _lines.Hold(this, Manifest))
            {
                return;
            }

            if (ParameterSetName == ManifestInput.TextParameterSet && string.IsNullOrWhiteSpace(Manifest))
            {
                WriteError(ErrorCatalogue.EmptyManifest());
                return;
            }

            Create(Manifest);
        }

        protected override void EndProcessing()
        {
            if (_lines.Manifest(this) is { } manifest)
            {
                ManifestInput.WarnIfPath(this, manifest, "-ManifestPath");
                Create(manifest);
            }
        }

        private void Create(string manifest)
        {
            var (path, literal) = ManifestInput.PathOf(this, ManifestPath, LiteralPath);
            var text = ManifestInput.Read(this, manifest, path, literal, JobType, SkipManifestValidation, path);
            if (text is null)
            {
                return;
            }

            // Validation changes nothing, so it needs no confirmation.
            var target = ManifestInput.Describe(manifest, path);
            var validateOnly = MyInvocation.BoundParameters.ContainsKey(nameof(ValidateOnlyValue)) ? ValidateOnlyValue : ValidateOnly.IsPresent;
            if (!validateOnly && !Approval.Approve(target, $"Create {JobType} job", Force))
            {
                return;
            }

            var request = new CreateJobRequest
            {
                JobType = JobType,
                Manifest = text,
                ManifestAddendum = ManifestAddendum,
                ValidateOnly = validateOnly,
                APIVersion = APIVersion,
                RetryUnknownOutcome = RetryUnknownOutcome,
            };
            var job = Try(target, token => ImportExport.Client.CreateJobAsync(request, token));
            if (job is null)
            {
                return;
            }

            JobIdCompleter.Remember(job.JobId, job.JobType, System.DateTime.Now);
            if (!string.IsNullOrEmpty(job.WarningMessage))
            {
                WriteWarning($"Job {job.JobId}: {job.WarningMessage}");
            }

            if (!AwsToolsSelect.Write(this, Select, job))
            {
                WriteObject(job);
            }
        }
    }
}
