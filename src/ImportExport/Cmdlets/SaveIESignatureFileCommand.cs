using System;
using System.IO;
using System.Management.Automation;
using ImportExport.PowerShell;
using ImportExport.Runtime;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Save-IESignatureFile: writes a job's signature file as SIGNATURE at the root of the device (or in the folder
    /// given), as the Import/Export guide requires. AWS matches the device to the job by this file, so it is written
    /// byte for byte as the service returned it: UTF-8 without BOM, line endings untouched (<see cref="SignatureFile"/>
    /// compares and writes it; this cmdlet checks its input, asks and says what happened).
    /// </summary>
    [Cmdlet(VerbsData.Save, "IESignatureFile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveIESignatureFileCommand : PSCmdlet
    {
        /// <summary>The name AWS looks for at the root of the device.</summary>
        public const string FileName = SignatureFile.FileName;

        /// <summary>The root of the device (E:\) or a folder; SIGNATURE is written in it.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>
        /// The job the file belongs to (checked against the jobId line of the file when both are known). Never sent
        /// anywhere, so it is not shape-checked: a -ValidateOnly result binds a null JobId, and the clearer error is
        /// that it has no signature.
        /// </summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        [JobIdTransformation]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string? JobId { get; set; }

        /// <summary>The signature file as CreateJob or GetStatus returned it.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string? SignatureFileContents { get; set; }

        /// <summary>Replace a SIGNATURE file with different contents (another job's, or an older one).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private string _directory = string.Empty;

        // Checked before anything upstream runs: in New-IEJob ... | Save-IESignatureFile -Path X, a bad X must stop the
        // pipeline before a job is created, not after.
        protected override void BeginProcessing()
        {
            _directory = GetUnresolvedProviderPathFromPSPath(Path);
            if (!Directory.Exists(_directory))
            {
                ThrowTerminatingError(ErrorCatalogue.SignatureFolderNotUsable(_directory, File.Exists(_directory), FileName));
            }
        }

        protected override void ProcessRecord()
        {
            var job = string.IsNullOrEmpty(JobId) ? "the job" : $"job {JobId}";
            var target = System.IO.Path.Combine(_directory, FileName);
            var bytes = Checked(job, target);
            if (bytes is null)
            {
                return;
            }

            // -WhatIf always wins: it says what would happen, even where the real run would refuse.
            var replacing = File.Exists(target);
            if (!new ChangeApproval(this).Approve(target, replacing ? $"Write the signature file of {job}, replacing the existing {FileName}" : $"Write the signature file of {job}"))
            {
                return;
            }

            SignatureFileWrite written;
            try
            {
                written = SignatureFile.Save(target, bytes, replace: Force);
            }
            catch (SignatureFileException ex)
            {
                WriteError(ErrorCatalogue.SignatureFileFailed(ex, target, job));
                return;
            }

            if (written.Outcome == SignatureFileOutcome.OtherContentsKept)
            {
                WriteError(ErrorCatalogue.SignatureFileExists(target, job, written.ExistingJobId));
                return;
            }

            if (written.Outcome == SignatureFileOutcome.AlreadyPresent)
            {
                WriteVerbose($"{target} already holds the signature file of {job}; nothing to write.");
            }

            FileOutput.Write(this, target);
        }

        /// <summary>The bytes to write, or null after an error: no contents, another job's contents, the device gone, or not text.</summary>
        private byte[]? Checked(string job, string target)
        {
            if (string.IsNullOrEmpty(SignatureFileContents))
            {
                // A -ValidateOnly result of New-IEJob has no signature: nothing exists to put on a device yet.
                WriteError(ErrorCatalogue.NoSignatureFileContents(job, JobId));
                return null;
            }

            var namedJob = SignatureFile.JobIdIn(SignatureFileContents!);
            if (!string.IsNullOrEmpty(JobId) && namedJob is not null && !string.Equals(namedJob, JobId, StringComparison.Ordinal))
            {
                WriteError(ErrorCatalogue.SignatureJobMismatch(namedJob, JobId!));
                return null;
            }

            if (!Directory.Exists(_directory))
            {
                // The device went away between the start of the command and this job.
                WriteError(ErrorCatalogue.SignatureFolderGone(_directory, job, JobId));
                return null;
            }

            var bytes = SignatureFile.Encode(SignatureFileContents!, out var problem);
            if (bytes is null)
            {
                WriteError(ErrorCatalogue.InvalidSignatureFileContents(problem!, (object?)JobId ?? target));
            }

            return bytes;
        }
    }
}
