using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using ImportExport.IE;
using ImportExport.PowerShell;
using ImportExport.Runtime;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-IEShippingLabel: a pre-paid shipping label for one or more jobs (GetShippingLabel). Ids from
    /// the pipeline are gathered and sent in one request, because one label covers every job shipped together.
    /// With -OutFile or -OutDirectory the label PDF is downloaded too (by <see cref="LabelDownloader"/>).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IEShippingLabel", DefaultParameterSetName = LabelSet)]
    [OutputType(typeof(ShippingLabel), ParameterSetName = new[] { LabelSet })]
    [OutputType(typeof(FileInfo), typeof(ShippingLabel), ParameterSetName = new[] { OutFileSet, OutDirectorySet })]
    public sealed class GetIEShippingLabelCommand : AwsCmdlet
    {
        private const string LabelSet = "Label";
        private const string OutFileSet = "OutFile";
        private const string OutDirectorySet = "OutDirectory";

        // Progress is refreshed at most this often: a console redraw per 80 KB chunk would slow a fast download.
        private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

        private readonly List<string> _jobIds = new List<string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [JobIdTransformation]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string[] JobId { get; set; } = new string[0];

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

        /// <summary>Download the label PDF to this file (replaced if it exists).</summary>
        [Parameter(Mandatory = true, ParameterSetName = OutFileSet)]
        [ValidateNotNullOrEmpty]
        public string OutFile { get; set; } = string.Empty;

        /// <summary>Download the label PDF into this folder as ShippingLabel-&lt;job ids&gt;.pdf.</summary>
        [Parameter(Mandatory = true, ParameterSetName = OutDirectorySet)]
        [ValidateNotNullOrEmpty]
        public string OutDirectory { get; set; } = string.Empty;

        /// <summary>With -OutFile or -OutDirectory, also emit the ShippingLabel object after the file.</summary>
        [Parameter(ParameterSetName = OutFileSet)]
        [Parameter(ParameterSetName = OutDirectorySet)]
        public SwitchParameter PassThru { get; set; }

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

            var request = new GetShippingLabelRequest
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

            if (ParameterSetName == LabelSet)
            {
                WriteObject(label);
                return;
            }

            var file = Download(label);
            if (file is not null)
            {
                FileOutput.Write(this, file.FullName);
                if (PassThru)
                {
                    WriteObject(label);
                }
            }
        }

        private FileInfo? Download(ShippingLabel label)
        {
            var target = string.Join(",", _jobIds);
            if (string.IsNullOrEmpty(label.ShippingLabelURL))
            {
                WriteError(new ErrorRecord(
                    new InvalidOperationException($"The service returned no ShippingLabelURL for job(s) {target}; there is nothing to download."),
                    "NoShippingLabelUrl",
                    ErrorCategory.InvalidResult,
                    target));
                return null;
            }

            string path;
            if (ParameterSetName == OutFileSet)
            {
                path = GetUnresolvedProviderPathFromPSPath(OutFile);
                var parent = System.IO.Path.GetDirectoryName(path);
                if (Directory.Exists(path) || (parent is not null && !Directory.Exists(parent)))
                {
                    return Refuse(
                        Directory.Exists(path)
                            ? $"-OutFile '{path}' is a folder; use -OutDirectory for a folder, or give a file name."
                            : $"The folder of -OutFile '{path}' does not exist.",
                        path);
                }
            }
            else
            {
                var directory = GetUnresolvedProviderPathFromPSPath(OutDirectory);
                if (!Directory.Exists(directory))
                {
                    return Refuse($"-OutDirectory '{directory}' does not exist.", directory);
                }

                path = System.IO.Path.Combine(directory, "ShippingLabel-" + string.Join("-", _jobIds) + ".pdf");
            }

            // A new record each time: the progress stream keeps the records it is given.
            const int ActivityId = 7000;
            var activity = $"Downloading the shipping label for job(s) {string.Join(", ", _jobIds)}";
            var clock = Stopwatch.StartNew();
            var status = "Connecting";
            TimeSpan? lastReport = null;
            void Report(long received, long? total)
            {
                // Called on this thread by the downloader, so writing progress here is allowed.
                if (lastReport is { } last && clock.Elapsed - last < ProgressInterval && received != total)
                {
                    return;
                }

                lastReport = clock.Elapsed;
                status = total is { } length
                    ? string.Format(CultureInfo.InvariantCulture, "{0:N0} of {1:N0} bytes", received, length)
                    : string.Format(CultureInfo.InvariantCulture, "{0:N0} bytes", received);
                WriteProgress(new ProgressRecord(ActivityId, activity, status)
                {
                    PercentComplete = total is { } all && all > 0 ? (int)Math.Min(100, received * 100 / all) : -1,
                });
            }

            try
            {
                var bytes = LabelDownloader.Shared.Download(label.ShippingLabelURL!, path, Report, StopToken);
                WriteVerbose($"Saved the {bytes}-byte shipping label to {path}.");
                return new FileInfo(path);
            }
            catch (LabelDownloadException ex)
            {
                var record = new ErrorRecord(ex, ErrorIdOf(ex.Failure), CategoryOf(ex.Failure), label.ShippingLabelURL);
                if (ex.Failure == LabelDownloadFailure.HttpError)
                {
                    record.ErrorDetails = new ErrorDetails(ex.Message) { RecommendedAction = "Run Get-IEShippingLabel again: label URLs expire." };
                }

                WriteError(record);
                return null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(new IOException($"Cannot write the label to {path}: {ex.Message}", ex), "LabelWriteFailed", ErrorCategory.WriteError, path));
                return null;
            }
            finally
            {
                WriteProgress(new ProgressRecord(ActivityId, activity, status) { RecordType = ProgressRecordType.Completed });
            }
        }

        private FileInfo? Refuse(string message, string path)
        {
            WriteError(new ErrorRecord(new DirectoryNotFoundException(message), "LabelDestinationInvalid", ErrorCategory.InvalidArgument, path));
            return null;
        }

        private static string ErrorIdOf(LabelDownloadFailure failure) => failure switch
        {
            LabelDownloadFailure.UrlNotAllowed => "LabelUrlNotAllowed",
            LabelDownloadFailure.HttpError => "LabelDownloadFailed",
            LabelDownloadFailure.TlsError => "LabelTlsFailure",
            LabelDownloadFailure.NetworkError => "LabelUnreachable",
            LabelDownloadFailure.NotPdf => "LabelNotPdf",
            LabelDownloadFailure.TooLarge => "LabelTooLarge",
            _ => "LabelDownloadFailed",
        };

        private static ErrorCategory CategoryOf(LabelDownloadFailure failure) => failure switch
        {
            LabelDownloadFailure.UrlNotAllowed => ErrorCategory.SecurityError,
            LabelDownloadFailure.TlsError => ErrorCategory.SecurityError,
            LabelDownloadFailure.NetworkError => ErrorCategory.ConnectionError,
            LabelDownloadFailure.NotPdf => ErrorCategory.InvalidData,
            LabelDownloadFailure.TooLarge => ErrorCategory.InvalidData,
            _ => ErrorCategory.ResourceUnavailable,
        };
    }
}
