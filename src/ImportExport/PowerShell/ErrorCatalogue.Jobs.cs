using System;
using System.IO;
using System.Management.Automation;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Import/Export jobs beyond the service's own errors: a listing that stopped part-way, a shipping label that
    /// cannot be downloaded, a signature file that cannot be written. The <c>job</c> parameters are the
    /// phrase the command uses for the job ("job ABC12", or "the job" when it has no id).
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>A Get-IEJob listing that stopped after <paramref name="listed"/> jobs; <paramref name="marker"/> resumes it (null before the first page).</summary>
        public static ErrorRecord ListingInterrupted(string? marker, ulong listed)
        {
            var message = marker is null
                ? "The listing stopped before its first page; run Get-IEJob again."
                : $"The listing stopped after {listed} job(s). Resume with: Get-IEJob -Marker {marker}";
            return Record(new InvalidOperationException(message), ErrorIds.ListingInterrupted, ErrorCategory.OperationStopped, marker,
                message, marker is null ? null : $"Get-IEJob -Marker {marker}");
        }

        /// <summary>GetShippingLabel answered without a URL for the jobs <paramref name="target"/> (their ids, comma-separated).</summary>
        public static ErrorRecord NoShippingLabelUrl(string target) =>
            Record(new InvalidOperationException($"The service returned no ShippingLabelURL for job(s) {target}; there is nothing to download."),
                ErrorIds.NoShippingLabelUrl, ErrorCategory.InvalidResult, target);

        /// <summary>A label download that failed (the URL as target): which id and category each failure gives.</summary>
        public static ErrorRecord LabelDownloadFailed(LabelDownloadException failure, string url) =>
            failure.Failure == LabelDownloadFailure.HttpError
                ? Record(failure, ErrorIds.LabelDownloadFailed, ErrorCategory.ResourceUnavailable, url, failure.Message, "Run Get-IEShippingLabel again: label URLs expire.")
                : Record(failure, LabelErrorIdOf(failure.Failure), LabelCategoryOf(failure.Failure), url);

        /// <summary>The error id of a label download failure.</summary>
        internal static string LabelErrorIdOf(LabelDownloadFailure failure) => failure switch
        {
            LabelDownloadFailure.UrlNotAllowed => ErrorIds.LabelUrlNotAllowed,
            LabelDownloadFailure.HttpError => ErrorIds.LabelDownloadFailed,
            LabelDownloadFailure.TlsError => ErrorIds.LabelTlsFailure,
            LabelDownloadFailure.NetworkError => ErrorIds.LabelUnreachable,
            LabelDownloadFailure.NotPdf => ErrorIds.LabelNotPdf,
            LabelDownloadFailure.TooLarge => ErrorIds.LabelTooLarge,
            _ => ErrorIds.LabelDownloadFailed,
        };

        /// <summary>The category of a label download failure.</summary>
        internal static ErrorCategory LabelCategoryOf(LabelDownloadFailure failure) => failure switch
        {
            LabelDownloadFailure.UrlNotAllowed => ErrorCategory.SecurityError,
            LabelDownloadFailure.TlsError => ErrorCategory.SecurityError,
            LabelDownloadFailure.NetworkError => ErrorCategory.ConnectionError,
            LabelDownloadFailure.NotPdf => ErrorCategory.InvalidData,
            LabelDownloadFailure.TooLarge => ErrorCategory.InvalidData,
            _ => ErrorCategory.ResourceUnavailable,
        };

        /// <summary>Save-IESignatureFile's -Path names a file, or nothing: the device or folder the SIGNATURE goes in.</summary>
        public static ErrorRecord SignatureFolderNotUsable(string directory, bool isFile, string fileName) =>
            isFile
                ? Record(new IOException($"-Path '{directory}' is a file; give the root of the device (for example E:\\) or a folder. The file is always named {fileName}."),
                    ErrorIds.SignaturePathIsFile, ErrorCategory.InvalidArgument, directory)
                : Record(new DirectoryNotFoundException($"-Path '{directory}' does not exist; give the root of the device (for example E:\\) or an existing folder."),
                    ErrorIds.SignatureDirectoryNotFound, ErrorCategory.ObjectNotFound, directory);

        /// <summary>The device or folder went away between the start of the command and this job.</summary>
        public static ErrorRecord SignatureFolderGone(string directory, string job, string? jobId) =>
            Record(new DirectoryNotFoundException($"-Path '{directory}' no longer exists; the signature file of {job} was not written."),
                ErrorIds.SignatureDirectoryNotFound, ErrorCategory.ObjectNotFound, (object?)jobId ?? directory);

        /// <summary>A job without signature contents (a -ValidateOnly result).</summary>
        public static ErrorRecord NoSignatureFileContents(string job, string? jobId) =>
            Record(new ArgumentException($"No signature file contents for {job}: only a created job has one (New-IEJob without -ValidateOnly, or Get-IEJobStatus)."),
                ErrorIds.NoSignatureFileContents, ErrorCategory.InvalidArgument, (object?)jobId ?? "-SignatureFileContents");

        /// <summary>Signature contents of another job than -JobId.</summary>
        public static ErrorRecord SignatureJobMismatch(string namedJob, string jobId) =>
            Record(new ArgumentException($"The signature file contents are for job {namedJob}, not job {jobId}; a device with the wrong SIGNATURE is rejected by AWS."),
                ErrorIds.SignatureJobMismatch, ErrorCategory.InvalidArgument, jobId);

        /// <summary>Signature contents that are not Unicode text; <paramref name="problem"/> says where.</summary>
        public static ErrorRecord InvalidSignatureFileContents(string problem, object target) =>
            Record(new ArgumentException("The signature file contents are not valid Unicode text: " + problem),
                ErrorIds.InvalidSignatureFileContents, ErrorCategory.InvalidData, target);

        /// <summary>The SIGNATURE file could not be read (to compare it) or written.</summary>
        public static ErrorRecord SignatureFileFailed(SignatureFileException failure, string target, string job) =>
            failure.Failure == SignatureFileFailure.ExistingUnreadable
                ? Record(new IOException($"Cannot read the existing {target}, so the signature file of {job} was not written: {failure.Message}", failure.InnerException),
                    ErrorIds.SignatureFileUnreadable, ErrorCategory.ReadError, target)
                : Record(new IOException($"Cannot write the signature file of {job} to {target}: {failure.Message}", failure.InnerException),
                    ErrorIds.SignatureFileWriteFailed, ErrorCategory.WriteError, target);

        /// <summary>A SIGNATURE with other contents (another job's, <paramref name="otherJob"/>, when it names one) kept without -Force.</summary>
        public static ErrorRecord SignatureFileExists(string target, string job, string? otherJob)
        {
            var whose = otherJob is null ? "different contents" : $"the signature of job {otherJob}";
            var exception = new IOException($"{target} already exists with {whose}; the signature file of {job} was not written. One device carries one job's SIGNATURE; use -Force to replace it.");
            return Record(exception, ErrorIds.SignatureFileExists, ErrorCategory.ResourceExists, target,
                exception.Message, "Check that this is the right device, then run the command again with -Force.");
        }
    }
}
