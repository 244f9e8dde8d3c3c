using System;
using System.Net;
using Amazon.Runtime;

namespace ImportExport.IE
{
    /// <summary>
    /// An error answer from AWS Import/Export. <see cref="AmazonServiceException.ErrorCode"/> is the
    /// service's code (e.g. <c>InvalidJobIdException</c>, see <see cref="ImportExportErrorCode"/>),
    /// with the message, request id and HTTP status the service sent.
    /// </summary>
    public class ImportExportException : AmazonServiceException, Runtime.IRedactableException
    {
        public ImportExportException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }

        Exception Runtime.IRedactableException.WithMessage(string message, Exception? innerException) =>
            new ImportExportException(message, innerException, ErrorType, ErrorCode, RequestId, StatusCode);
    }
}
