using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Downloads a shipping label PDF (GetShippingLabel's ShippingLabelURL, a presigned URL) to a file. No AWS
    /// credentials are sent: the URL itself authorizes the download. The transport follows the module's endpoint
    /// rule (<see cref="EndpointPolicy"/>: https, or plain http to loopback only) for the URL and every redirect,
    /// certificate errors are never ignored, the content must be a PDF, and the file appears only when complete.
    /// </summary>
    public sealed class LabelDownloader : IDisposable
    {
        /// <summary>Labels are a few kilobytes; anything near this is not a label and must not fill the disk.</summary>
        public const long MaxLabelBytes = 64L * 1024 * 1024;

        private const int MaxRedirects = 5;
        private const int BufferSize = 81920;
        private static readonly byte[] PdfMagic = { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-' };

        // One client for the process: HttpClient pools connections and is thread-safe. Redirects are followed by
        // hand so that each hop is checked against the endpoint rule (an https URL must not bounce to plain http).
        private static readonly Lazy<LabelDownloader> SharedInstance = new Lazy<LabelDownloader>(
            () => new LabelDownloader(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }, TimeSpan.FromMinutes(2)));

        private readonly HttpClient _http;
        private readonly TimeSpan _timeout;

        /// <param name="handler">The HTTP handler; must not follow redirects itself.</param>
        /// <param name="timeout">The longest a whole download may take.</param>
        public LabelDownloader(HttpMessageHandler handler, TimeSpan timeout)
        {
            _http = new HttpClient(handler ?? throw new ArgumentNullException(nameof(handler))) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            _timeout = timeout;
        }

        public static LabelDownloader Shared => SharedInstance.Value;

        /// <summary>Closes the connections of a downloader of one's own; <see cref="Shared"/> lives as long as the process.</summary>
        public void Dispose() => _http.Dispose();

        /// <summary>
        /// Downloads <paramref name="url"/> to <paramref name="destinationPath"/> (replaced if it exists) and returns the
        /// number of bytes written. <paramref name="progress"/> is called with (bytes received, total bytes when known)
        /// on the calling thread, after each chunk, so a PowerShell cmdlet may write progress from it.
        /// </summary>
        /// <exception cref="LabelDownloadException">The label could not be downloaded; the destination is unchanged.</exception>
        /// <exception cref="IOException">The destination cannot be written.</exception>
        /// <exception cref="UnauthorizedAccessException">The destination cannot be written.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
        public long Download(string url, string destinationPath, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            using var timeout = new CancellationTokenSource(_timeout);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                using var response = Send(url, linked.Token);
                return Save(response, destinationPath, progress, linked.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new LabelDownloadException(LabelDownloadFailure.NetworkError, $"The label download did not finish within {_timeout.TotalSeconds:0} seconds.");
            }
        }

        private HttpResponseMessage Send(string url, CancellationToken cancellationToken)
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                var problem = EndpointPolicy.Check(current);
                if (problem is not null)
                {
                    throw new LabelDownloadException(LabelDownloadFailure.UrlNotAllowed, (hop == 0 ? "The label URL: " : "The label URL redirected to a URL that is not allowed: ") + problem);
                }

                HttpResponseMessage response;
                try
                {
                    response = Wait(_http.SendAsync(new HttpRequestMessage(HttpMethod.Get, current), HttpCompletionOption.ResponseHeadersRead, cancellationToken));
                }
                catch (HttpRequestException ex)
                {
                    throw TransportFailure(current, ex);
                }

                var status = (int)response.StatusCode;
                if (status >= 300 && status < 400 && response.Headers.Location is { } location)
                {
                    response.Dispose();
                    if (hop >= MaxRedirects)
                    {
                        throw new LabelDownloadException(LabelDownloadFailure.TooManyRedirects, $"The label URL redirected more than {MaxRedirects} times.");
                    }

                    current = (location.IsAbsoluteUri ? location : new Uri(new Uri(current), location)).AbsoluteUri;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    var reason = response.ReasonPhrase;
                    var code = response.StatusCode;
                    response.Dispose();
                    var hint = code == HttpStatusCode.Forbidden || code == HttpStatusCode.NotFound
                        ? " Label URLs expire: a new GetShippingLabel call gives a fresh one."
                        : string.Empty;
                    throw new LabelDownloadException(LabelDownloadFailure.HttpError, $"The label download failed with HTTP {status} {reason}.{hint}", status);
                }

                return response;
            }
        }

        private static long Save(HttpResponseMessage response, string destinationPath, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            var total = response.Content.Headers.ContentLength;
            if (total > MaxLabelBytes)
            {
                throw TooLarge();
            }

            var temporary = AtomicFile.TemporaryPathFor(destinationPath);
            try
            {
                long received = 0;
                using (var source = Wait(response.Content.ReadAsStreamAsync()))
                using (cancellationToken.Register(response.Dispose))
                using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
                {
                    var buffer = new byte[BufferSize];
                    var header = new byte[PdfMagic.Length];
                    var headerLength = 0;
                    progress?.Invoke(0, total);
                    while (true)
                    {
                        int read;
                        try
                        {
                            read = source.Read(buffer, 0, buffer.Length);
                        }
                        catch (Exception ex) when (ex is IOException || ex is ObjectDisposedException || ex is HttpRequestException)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            throw new LabelDownloadException(LabelDownloadFailure.NetworkError, "The connection broke during the label download: " + ex.Message, inner: ex);
                        }

                        if (read == 0)
                        {
                            break;
                        }

                        // Check the PDF signature as soon as it has arrived, so an HTML error page is not saved as a label.
                        if (headerLength < header.Length)
                        {
                            var take = Math.Min(header.Length - headerLength, read);
                            Array.Copy(buffer, 0, header, headerLength, take);
                            headerLength += take;
                            if (headerLength == header.Length && !IsPdf(header))
                            {
                                throw NotPdf(response);
                            }
                        }

                        received += read;
                        if (received > MaxLabelBytes)
                        {
                            throw TooLarge();
                        }

                        target.Write(buffer, 0, read);
                        progress?.Invoke(received, total);
                    }

                    if (headerLength < header.Length)
                    {
                        throw NotPdf(response);
                    }

                    target.Flush(flushToDisk: true);
                }

                AtomicFile.MoveIntoPlace(temporary, destinationPath);
                return received;
            }
            finally
            {
                AtomicFile.TryDelete(temporary);
            }
        }

        private static bool IsPdf(byte[] header)
        {
            for (var i = 0; i < PdfMagic.Length; i++)
            {
                if (header[i] != PdfMagic[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static LabelDownloadException NotPdf(HttpResponseMessage response) =>
            new LabelDownloadException(
                LabelDownloadFailure.NotPdf,
                $"The label URL did not return a PDF (content type '{response.Content.Headers.ContentType?.MediaType ?? "none"}', no %PDF- header); nothing was saved.");

        private static LabelDownloadException TooLarge() =>
            new LabelDownloadException(LabelDownloadFailure.TooLarge, $"The label URL returned more than {MaxLabelBytes / (1024 * 1024)} MiB, which is not a shipping label; nothing was saved.");

        private static LabelDownloadException TransportFailure(string url, HttpRequestException ex)
        {
            // A certificate that does not validate surfaces as an AuthenticationException somewhere inside.
            for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
            {
                if (inner is AuthenticationException)
                {
                    return new LabelDownloadException(
                        LabelDownloadFailure.TlsError,
                        $"The secure connection to {new Uri(url).Host} failed: {inner.Message} Certificate errors are never ignored.",
                        inner: ex);
                }
            }

            return new LabelDownloadException(LabelDownloadFailure.NetworkError, $"Cannot reach {new Uri(url).Host} to download the label: {ex.GetBaseException().Message}", inner: ex);
        }

        // The download runs on the caller's (pipeline) thread; HttpClient's continuations use ConfigureAwait-free
        // pool threads, so blocking here cannot deadlock.
        private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();
    }
}
