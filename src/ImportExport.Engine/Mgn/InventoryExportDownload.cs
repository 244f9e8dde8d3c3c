using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using ImportExport.Runtime;
using ImportExport.S3;

namespace ImportExport.Mgn
{
    /// <summary>
    /// The MGN inventory as a local file: start an export (StartExport), wait for it (ListExports), and download the CSV
    /// it wrote (S3 GetObject, its checksum verified, its size bounded) to a path, atomically: the bytes go to a
    /// temporary file beside the path, are read back and compared, and only then take the path's name. A failure at any
    /// step leaves the path as it was. Export-MGNInventory is a thin cmdlet over it; Compare-MGNImportFile uses it for
    /// its fresh export. It speaks in reasons: <see cref="InventoryDownloadException"/> (with an
    /// <see cref="InventoryDownloadFailure"/>), <see cref="ExportFailedException"/>, <see cref="ExportWaitTimeoutException"/>,
    /// <see cref="ObjectTooLargeException"/>, <see cref="ObjectIntegrityException"/>, and the service clients' own failures.
    /// </summary>
    public sealed class InventoryExportDownload
    {
        private readonly MgnClient _mgn;
        private readonly S3Client _s3;
        private readonly ICallRunner _runner;
        private readonly Func<MgnClient, ICallRunner, TaskWaiter<ExportTask>> _waiter;

        /// <param name="mgn">The MGN client of the region whose inventory is exported.</param>
        /// <param name="s3">The S3 client the file is read with (the caller's credentials: the caller must be able to read the bucket).</param>
        /// <param name="runner">Waits for each call on the caller's thread (a cmdlet's, so it hears retries and Ctrl+C); blocking when null.</param>
        public InventoryExportDownload(MgnClient mgn, S3Client s3, ICallRunner? runner = null)
            : this(mgn, s3, runner, ExportWaiter.For)
        {
        }

        internal InventoryExportDownload(MgnClient mgn, S3Client s3, ICallRunner? runner, Func<MgnClient, ICallRunner, TaskWaiter<ExportTask>> waiter)
        {
            _mgn = mgn ?? throw new ArgumentNullException(nameof(mgn));
            _s3 = s3 ?? throw new ArgumentNullException(nameof(s3));
            _runner = runner ?? BlockingCallRunner.Instance;
            _waiter = waiter;
        }

        /// <summary>The largest export file accepted (GetObject's default bound, 256 MiB): a larger object is refused before it is read.</summary>
        public long MaxBytes { get; set; } = new GetObjectRequest().MaxBytes;

        /// <summary>
        /// Starts an export with <paramref name="request"/>, waits for it as <paramref name="options"/> say, and saves the file
        /// to <paramref name="path"/> (a full file-system path whose folder exists). Nothing is sent when the path exists
        /// and <paramref name="overwrite"/> is false. <paramref name="progress"/> hears each look at the running export
        /// (<see cref="ImportWaitEventKind.Progress"/> and <see cref="ImportWaitEventKind.LookFailed"/> events) on the caller's thread; <paramref name="started"/> hears the
        /// export once StartExport answered. A FAILED export is an <see cref="ExportFailedException"/>, a wait that timed
        /// out an <see cref="ExportWaitTimeoutException"/>; in both cases and on any other failure the path is untouched.
        /// </summary>
        public InventoryDownloadResult Run(
            StartExportRequest request,
            string path,
            bool overwrite,
            ImportWaitOptions options,
            Action<TaskWaitEvent<ExportTask>>? progress,
            CancellationToken cancellationToken,
            Action<ExportTask>? started = null)
        {
            CheckDestination(path, overwrite);
            var export = _runner.Run(t => _mgn.StartExportAsync(request, t), cancellationToken);
            started?.Invoke(export);
            var finished = WaitFor(export.ExportId!, options, progress, cancellationToken);
            return Save(finished, path, overwrite, cancellationToken);
        }

        /// <summary>
        /// Waits until export <paramref name="exportId"/> ends and returns its SUCCEEDED state; a FAILED export is an
        /// <see cref="ExportFailedException"/>, an unknown one an <see cref="InventoryDownloadException"/>
        /// (<see cref="InventoryDownloadFailure.ExportNotFound"/>), a timeout an <see cref="ExportWaitTimeoutException"/>.
        /// </summary>
        public ExportTask WaitFor(string exportId, ImportWaitOptions options, Action<TaskWaitEvent<ExportTask>>? progress, CancellationToken cancellationToken)
        {
            foreach (var report in _waiter(_mgn, _runner).Wait(new[] { exportId }, options, cancellationToken))
            {
                switch (report.Kind)
                {
                    case ImportWaitEventKind.Finished when report.Task!.Status == ExportStatus.Succeeded:
                        return report.Task;
                    case ImportWaitEventKind.Finished:
                        throw new ExportFailedException(report.Task!, report.ErrorCount);
                    case ImportWaitEventKind.NotFound:
                        throw new InventoryDownloadException(InventoryDownloadFailure.ExportNotFound, $"MGN export {exportId} was not found.", exportId);
                    case ImportWaitEventKind.TimedOut:
                        throw new ExportWaitTimeoutException(exportId, report.Task, options.Timeout ?? report.Elapsed);
                    default:
                        progress?.Invoke(report);
                        break;
                }
            }

            // The waiter ends every id with one of the events above.
            throw new InvalidOperationException($"The wait for MGN export {exportId} ended without an outcome.");
        }

        /// <summary>
        /// The bytes of a SUCCEEDED export's file, as GetObject read them: checksum verified, at most <see cref="MaxBytes"/>.
        /// A missing object or bucket and a refused read are <see cref="InventoryDownloadException"/>s.
        /// </summary>
        public GetObjectResult Fetch(ExportTask export, CancellationToken cancellationToken)
        {
            if (export.Status != ExportStatus.Succeeded || string.IsNullOrEmpty(export.S3Bucket) || string.IsNullOrEmpty(export.S3Key))
            {
                throw new InventoryDownloadException(
                    InventoryDownloadFailure.ExportNotSucceeded,
                    $"MGN export {export.ExportId} is {export.Status ?? "in an unknown state"}; only a SUCCEEDED export has a file to download.",
                    export.ExportId);
            }

            return ObjectRead.Get(_s3, _runner, export.S3Bucket!, export.S3Key!, export.S3BucketOwner, MaxBytes, $"the file MGN export {export.ExportId} wrote", cancellationToken);
        }

        /// <summary>
        /// Downloads a SUCCEEDED export's file to <paramref name="path"/> atomically (see the class) and returns what was
        /// written. Without <paramref name="overwrite"/> an existing file is an <see cref="InventoryDownloadException"/>
        /// (<see cref="InventoryDownloadFailure.DestinationExists"/>), also when it appeared during the download.
        /// </summary>
        public InventoryDownloadResult Save(ExportTask export, string path, bool overwrite, CancellationToken cancellationToken)
        {
            CheckDestination(path, overwrite);
            var fetched = Fetch(export, cancellationToken);
            var body = fetched.Body;
            var expected = Sha256Hex(body);
            var temporary = AtomicFile.TemporaryPathFor(path);
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(body, 0, body.Length);
                    stream.Flush(flushToDisk: true);
                }

                // Read back: what is on disk is what S3 verified, or nothing is.
                var written = Sha256Hex(File.ReadAllBytes(temporary));
                if (!string.Equals(written, expected, StringComparison.Ordinal))
                {
                    throw new IOException($"The file written for '{path}' does not read back as the {body.Length} bytes downloaded (SHA-256 {written}, expected {expected}).");
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (overwrite)
                {
                    AtomicFile.MoveIntoPlace(temporary, path);
                }
                else
                {
                    try
                    {
                        // File.Move never replaces: a file that appeared meanwhile is kept, not clobbered.
                        File.Move(temporary, path);
                    }
                    catch (IOException) when (File.Exists(path))
                    {
                        throw new InventoryDownloadException(
                            InventoryDownloadFailure.DestinationExists,
                            $"The file '{path}' appeared while the export was downloaded; it was kept and the download discarded.",
                            path);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // The temporary name is ours, not the user's: a failure speaks of the file they asked for.
                throw new IOException(ex.Message.Replace(temporary, path), ex);
            }
            finally
            {
                AtomicFile.TryDelete(temporary);
            }

            return new InventoryDownloadResult(path, export, body.Length, fetched.VerifiedBy, expected);
        }

        private static void CheckDestination(string path, bool overwrite)
        {
            if (Directory.Exists(path))
            {
                throw new InventoryDownloadException(InventoryDownloadFailure.DestinationExists, $"'{path}' is a folder; the inventory is written to a file.", path);
            }

            if (!overwrite && File.Exists(path))
            {
                throw new InventoryDownloadException(InventoryDownloadFailure.DestinationExists, $"The file '{path}' already exists; nothing was exported or written.", path);
            }
        }

        private static string Sha256Hex(byte[] bytes)
        {
            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(bytes)).Replace("-", string.Empty).ToLowerInvariant();
        }
    }
}
