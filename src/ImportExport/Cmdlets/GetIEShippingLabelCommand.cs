using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;
using ImportExport.Runtime;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-IEShippingLabel: a pre-paid shipping label for one or more jobs (GetShippingLabel). Ids from
    /// the pipeline are gathered and sent in one request, because one label covers every job shipped together.
    /// With -OutFile or -OutDirectory the label PDF is downloaded too (by <see cref="LabelDownloader"/>, its progress
    /// drawn by <see cref="LabelDownloadReporter"/>).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IEShippingLabel", DefaultParameterSetName = LabelSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ShippingLabel), ParameterSetName = new[] { LabelSet })]
    [OutputType(typeof(FileInfo), typeof(ShippingLabel), ParameterSetName = new[] { OutFileSet, OutDirectorySet })]
    public sealed class GetIEShippingLabelCommand : AwsCmdlet
    {
        private const string LabelSet = "Label";
        private const string OutFileSet = "OutFile";
        private const string OutDirectorySet = "OutDirectory";

        private readonly List<string> _jobIds = new List<string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [JobIdTransformation]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        [Alias("JobIds")]
        public string[] JobId { get; set; } = System.Array.Empty<string>();

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Company { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PhoneNumber { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Country { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? StateOrProvince { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? City { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PostalCode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street1 { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street2 { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street3 { get; set; }

        [Parameter]
        public string? APIVersion { get; set; }

        /// <summary>AWS Tools' -Select: '*' the whole answer, a property path of it, or '^Parameter' (<see cref="AwsToolsSelect"/>).</summary>
        [Parameter(ParameterSetName = LabelSet)]
        public string? Select { get; set; }

        /// <summary>Download the label PDF to this file (replaced if it exists).</summary>
        [Parameter(Mandatory = true, ParameterSetName = OutFileSet)]
        [ValidateNotNullOrEmpty]
        public string OutFile { get; set; } = string.Empty;

        /// <summary>
        /// Download the label PDF into this folder as ShippingLabel-&lt;job ids&gt;.pdf; for many ids (or ids that are not
        /// plain file-name text), ShippingLabel-&lt;first id&gt;-and-&lt;n&gt;-more-&lt;hash of all ids&gt;.pdf, so that the name
        /// stays short and two sets of jobs never share a file.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = OutDirectorySet)]
        [ValidateNotNullOrEmpty]
        public string OutDirectory { get; set; } = string.Empty;

        /// <summary>With -OutFile or -OutDirectory, also emit the ShippingLabel object after the file.</summary>
        [Parameter(ParameterSetName = OutFileSet)]
        [Parameter(ParameterSetName = OutDirectorySet)]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing() => AwsToolsSelect.Check(this, Select, typeof(ShippingLabel));

        protected override void ProcessRecord()
        {
            foreach (var id in JobId)
            {
                if (!_jobIds.Contains(id))
                {
                    _jobIds.Add(id);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (_jobIds.Count == 0)
            {
                return;
            }

            // The destination is checked, and -WhatIf answered, before any request: a label URL expires, and nothing
            // needs fetching to say where it would go.
            string? path = null;
            if (ParameterSetName != LabelSet)
            {
                path = Destination();
                if (path is null || !Approval.Approve(path, $"Download the shipping label of job(s) {string.Join(", ", _jobIds)}"))
                {
                    return;
                }
            }

            var request = Request();
            var label = Try(string.Join(",", _jobIds), token => ImportExport.Client.GetShippingLabelAsync(request, token));
            if (label is null)
            {
                return;
            }

            _jobIds.ForEach(JobIdCompleter.Remember);
            if (!string.IsNullOrEmpty(label.Warning))
            {
                WriteWarning(label.Warning);
            }

            Write(label, path);
        }

        private GetShippingLabelRequest Request() => new GetShippingLabelRequest
        {
            JobIds = _jobIds,
            APIVersion = APIVersion,
            ReturnAddress = new ReturnAddress
            {
                Name = Name,
                Company = Company,
                PhoneNumber = PhoneNumber,
                Country = Country,
                StateOrProvince = StateOrProvince,
                City = City,
                PostalCode = PostalCode,
                Street1 = Street1,
                Street2 = Street2,
                Street3 = Street3,
            },
        };

        /// <summary>The label (or -Select's part of it); with -OutFile/-OutDirectory the downloaded file, then the label with -PassThru.</summary>
        private void Write(ShippingLabel label, string? path)
        {
            if (ParameterSetName == LabelSet)
            {
                if (!AwsToolsSelect.Write(this, Select, label))
                {
                    WriteObject(label);
                }

                return;
            }

            var file = Download(label, path!);
            if (file is not null)
            {
                FileOutput.Write(this, file.FullName);
                if (PassThru)
                {
                    WriteObject(label);
                }
            }
        }

        private FileInfo? Download(ShippingLabel label, string path)
        {
            var target = string.Join(",", _jobIds);
            if (string.IsNullOrEmpty(label.ShippingLabelURL))
            {
                WriteError(ErrorCatalogue.NoShippingLabelUrl(target));
                return null;
            }

            var progress = new LabelDownloadReporter(this, $"Downloading the shipping label for job(s) {string.Join(", ", _jobIds)}");
            try
            {
                var bytes = LabelDownloader.Shared.Download(label.ShippingLabelURL!, path, progress.Report, StopToken);
                WriteVerbose($"Saved the {bytes}-byte shipping label to {path}.");
                return new FileInfo(path);
            }
            catch (LabelDownloadException ex)
            {
                WriteError(ErrorCatalogue.LabelDownloadFailed(ex, label.ShippingLabelURL!));
                return null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorCatalogue.FileUnwritable(FileKind.Label, path, ex));
                return null;
            }
            finally
            {
                progress.Complete();
            }
        }

        /// <summary>The file the label goes to, or null after an error naming what the user typed.</summary>
        private string? Destination()
        {
            ErrorRecord? error;
            var path = ParameterSetName == OutFileSet
                ? ProviderPaths.FileToWrite(this, OutFile, "-OutFile", FileKind.Label, out error)
                : ProviderPaths.Folder(this, OutDirectory, "-OutDirectory", FileKind.Label, out error) is { } folder
                    ? System.IO.Path.Combine(folder, LabelFileName(_jobIds))
                    : null;
            if (error is not null)
            {
                WriteError(error);
            }

            return path;
        }

        /// <summary>
        /// ShippingLabel-&lt;ids&gt;.pdf while that is short and the ids are plain file-name text; else the first id, the
        /// count of the others and a hash of them all: a file name has at most 255 bytes, and a shortened name must not
        /// be shared by another set of jobs.
        /// </summary>
        public static string LabelFileName(IReadOnlyList<string> jobIds)
        {
            const int MaxJoinedBytes = 120;
            var joined = string.Join("-", jobIds);
            var invalid = System.IO.Path.GetInvalidFileNameChars();
            var plain = joined.IndexOfAny(invalid) < 0 && joined.IndexOfAny(new[] { '/', '\\', ':', '*', '?', '"', '<', '>', '|' }) < 0;
            if (plain && System.Text.Encoding.UTF8.GetByteCount(joined) <= MaxJoinedBytes)
            {
                return "ShippingLabel-" + joined + ".pdf";
            }

            var first = new System.Text.StringBuilder();
            foreach (var c in jobIds[0])
            {
                first.Append(Array.IndexOf(invalid, c) >= 0 || "/\\:*?\"<>|".IndexOf(c) >= 0 || char.IsControl(c) ? '_' : c);
                if (first.Length >= 16)
                {
                    break;
                }
            }

            using var sha = System.Security.Cryptography.SHA256.Create();
            var hash = sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", jobIds)));
            var hex = BitConverter.ToString(hash, 0, 6).Replace("-", string.Empty).ToLowerInvariant();
            return jobIds.Count == 1
                ? $"ShippingLabel-{first}-{hex}.pdf"
                : string.Format(CultureInfo.InvariantCulture, "ShippingLabel-{0}-and-{1}-more-{2}.pdf", first, jobIds.Count - 1, hex);
        }
    }
}
