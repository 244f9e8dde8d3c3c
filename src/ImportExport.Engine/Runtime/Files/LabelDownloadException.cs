using System;

namespace ImportExport.Runtime
{
    /// <summary>A label could not be downloaded; nothing was written at the destination.</summary>
    public sealed class LabelDownloadException : Exception
    {
        public LabelDownloadException(LabelDownloadFailure failure, string message, int? statusCode = null, Exception? inner = null)
            : base(message, inner)
        {
            Failure = failure;
            StatusCode = statusCode;
        }

        public LabelDownloadFailure Failure { get; }

        /// <summary>The HTTP status, for <see cref="LabelDownloadFailure.HttpError"/>.</summary>
        public int? StatusCode { get; }
    }
}
