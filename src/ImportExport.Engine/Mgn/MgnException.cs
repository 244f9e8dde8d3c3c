using System;
using System.Collections.Generic;
using System.Net;
using Amazon.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>
    /// An error answer from MGN: the error code (from the body or <c>x-amzn-ErrorType</c>), message,
    /// request id and HTTP status; for ValidationException also the reason and the offending fields.
    /// </summary>
    public class MgnException : AmazonServiceException, Runtime.IRedactableException
    {
        public MgnException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }

        Exception Runtime.IRedactableException.WithMessage(string message, Exception? innerException) =>
            new MgnException(message, innerException, ErrorType, ErrorCode, RequestId, StatusCode) { Reason = Reason, FieldList = FieldList };

        /// <summary>ValidationException's reason (e.g. fieldValidationFailed).</summary>
        public string? Reason { get; set; }

        public IReadOnlyList<ValidationField> FieldList { get; set; } = Array.Empty<ValidationField>();
    }
}
