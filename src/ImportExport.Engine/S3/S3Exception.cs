using System;
using System.Net;
using Amazon.Runtime;

namespace ImportExport.S3
{
    /// <summary>An error answer from S3: code (NoSuchBucket, AccessDenied, BadDigest ...), message, request id, status.</summary>
    public sealed class S3Exception : AmazonServiceException, Runtime.IRedactableException
    {
        public S3Exception(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }

        Exception Runtime.IRedactableException.WithMessage(string message, Exception? innerException) =>
            new S3Exception(message, innerException, ErrorType, ErrorCode, RequestId, StatusCode);
    }
}
