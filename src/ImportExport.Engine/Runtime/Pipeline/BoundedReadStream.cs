using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A read-only view of a response body that fails with <see cref="InvalidServiceResponseException"/> once more
    /// than a limit has been read, so an endless or huge answer (a misconfigured proxy, a hostile server) cannot
    /// exhaust memory. The exception is an AmazonClientException, which Core's unmarshalling handlers pass on as it is.
    /// </summary>
    internal sealed class BoundedReadStream : Stream
    {
        private readonly Stream _inner;
        private readonly long _limit;
        private readonly int _statusCode;
        private long _read;

        public BoundedReadStream(Stream inner, long limit, int statusCode)
        {
            _inner = inner;
            _limit = limit;
            _statusCode = statusCode;
        }

        /// <summary>Wraps the response stream with the limit of the client's configuration (<see cref="AwsServiceConfig.MaxResponseBytes"/>).</summary>
        public static Stream Wrap(Stream stream, IWebResponseData response, IRequestContext? requestContext)
        {
            var limit = (requestContext?.ClientConfig as AwsServiceConfig)?.MaxResponseBytes ?? 16L * 1024 * 1024;
            var status = response is null ? 0 : (int)response.StatusCode;
            if (response is not null && response.ContentLength > limit)
            {
                throw TooLarge(limit, response.ContentLength, status);
            }

            return stream is null ? stream! : new BoundedReadStream(stream, limit, status);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            _read += read;
            if (_read > _limit)
            {
                throw TooLarge(_limit, null, _statusCode);
            }

            return read;
        }

        private static InvalidServiceResponseException TooLarge(long limit, long? announced, int statusCode) =>
            new InvalidServiceResponseException(string.Format(
                CultureInfo.InvariantCulture,
                "The answer is larger than {0:N0} bytes{1}, far beyond any response of the service; it was not read. Check the endpoint URL and any proxy in between.",
                limit,
                announced is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, " ({0:N0} bytes announced)", announced)),
                statusCode);
    }
}
