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

    public sealed class ValidationField
    {
        public ValidationField(string? name, string? message)
        {
            Name = name;
            Message = message;
        }

        public string? Name { get; }

        public string? Message { get; }

        public override string ToString() => $"{Name}: {Message}";
    }

    /// <summary>The error codes MGN's import operations use.</summary>
    public static class MgnErrorCode
    {
        public const string Conflict = "ConflictException";
        public const string ResourceNotFound = "ResourceNotFoundException";
        public const string ServiceQuotaExceeded = "ServiceQuotaExceededException";
        public const string Throttling = "ThrottlingException";
        public const string UninitializedAccount = "UninitializedAccountException";
        public const string Validation = "ValidationException";
        public const string AccessDenied = "AccessDeniedException";
        public const string UnrecognizedClient = "UnrecognizedClientException";
    }
}
