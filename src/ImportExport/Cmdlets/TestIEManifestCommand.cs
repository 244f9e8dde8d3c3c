using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Test-IEManifest: checks a manifest locally with <see cref="ManifestValidator"/> — the same rules New-IEJob and
    /// the emulator apply — and reports every problem at once, each as an object with its field, rule and line.
    /// A valid manifest produces no output; -Quiet turns the answer into $true or $false.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "IEManifest", DefaultParameterSetName = TextSet)]
    [OutputType(typeof(ManifestIssue))]
    [OutputType(typeof(bool))]
    public sealed class TestIEManifestCommand : PSCmdlet
    {
        private const string TextSet = "Text";
        private const string FileSet = "File";
        private const string LiteralFileSet = "LiteralFile";

        /// <summary>The manifest text (New-IEManifest output, a here-string, Get-Content -Raw); lines piped one by one (Get-Content) are read as one manifest.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TextSet, ValueFromPipeline = true)]
        [AllowEmptyString]
        public string Manifest { get; set; } = string.Empty;

        /// <summary>Manifest files; wildcards allowed (each file that matches is checked).</summary>
        [Parameter(Mandatory = true, ParameterSetName = FileSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = System.Array.Empty<string>();

        /// <summary>Manifest files, taken as written; binds from Get-ChildItem output (Get-ChildItem *.yaml | Test-IEManifest).</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralFileSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = System.Array.Empty<string>();

        /// <summary>The kind of job the manifest is for. Without it: Export when the manifest has operations or fileSystem, else Import.</summary>
        [Parameter]
        public JobType? JobType { get; set; }

        /// <summary>Return only $true (valid) or $false for each manifest.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        private readonly PipedManifestLines _lines = new PipedManifestLines();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == TextSet)
            {
                if (!_lines.Hold(this, Manifest))
                {
                    Check(Manifest, null);
                }

                return;
            }

            var literal = ParameterSetName == LiteralFileSet;
            var parameter = literal ? "-LiteralPath" : "-Path";
            var files = ProviderPaths.FilesToRead(this, literal ? LiteralPath : Path, literal, parameter, FileKind.ManifestFile);
            if (files.Count == 0 && Quiet)
            {
                WriteObject(false);
            }

            foreach (var file in files)
            {
                var text = ManifestInput.ReadResolved(this, file, parameter);
                if (text is null)
                {
                    if (Quiet)
                    {
                        WriteObject(false);
                    }

                    continue;
                }

                Check(text, file);
            }
        }

        protected override void EndProcessing()
        {
            if (_lines.Manifest(this) is { } text)
            {
                Check(text, null);
            }
        }

        private void Check(string text, string? source)
        {
            if (source is null)
            {
                ManifestInput.WarnIfPath(this, text, "-Path");
            }

            ManifestInput.WarnIfGarbled(this, text, source ?? "-Manifest");
            var jobType = JobType is { } given ? ToManifestJobType(given) : Guess(text);
            var result = ManifestValidator.Validate(text, jobType);
            WriteVerbose($"{source ?? "The manifest"}: checked as an {jobType} manifest; {(result.IsValid ? "valid" : result.Problems.Count + " problem(s)")}.");
            if (Quiet)
            {
                WriteObject(result.IsValid);
                return;
            }

            foreach (var problem in result.Problems)
            {
                WriteObject(new ManifestIssue(source, problem.Line, problem.Field, problem.Kind, problem.ErrorCode, problem.Rule, problem.Message));
            }
        }

        private static ManifestJobType ToManifestJobType(JobType type) =>
            type == IE.JobType.Export ? ManifestJobType.Export : ManifestJobType.Import;

        // Only export manifests have these fields; a manifest that cannot be parsed is checked as an import (the
        // malformed-YAML problem is the same either way).
        private static ManifestJobType Guess(string text)
        {
            var document = ManifestValidator.Validate(text, ManifestJobType.Import).Document;
            return document is not null && (document.ContainsKey("operations") || document.ContainsKey("fileSystem"))
                ? ManifestJobType.Export
                : ManifestJobType.Import;
        }
    }
}
