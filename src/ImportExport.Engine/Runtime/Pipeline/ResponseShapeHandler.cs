using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Inside AWSSDK.Core's RetryHandler, so the policy judges each attempt by what it really was: an answer that is
    /// not a response (a redirect, which is not followed) becomes <see cref="InvalidServiceResponseException"/>, never
    /// retried; on the asynchronous path, a redirect or an unreadable body gets the shape the synchronous path gives it.
    /// </summary>
    internal sealed class ResponseShapeHandler : ReshapingHandler
    {
        /// <summary>
        /// Core's asynchronous path (the cmdlets use it, so that Ctrl+C cancels a request) hands a redirect's body to
        /// the unmarshaller and lets a parser's exception out unwrapped, where the synchronous path reports no response
        /// and an <see cref="AmazonUnmarshallingException"/>. The same failures get the same reasons on both paths.
        /// </summary>
        protected override Exception Reshape(IExecutionContext executionContext, Exception exception)
        {
            var http = executionContext.ResponseContext.HttpResponse;
            if (http is null || exception is AmazonServiceException || exception is OperationCanceledException)
            {
                return exception;
            }

            var status = (int)http.StatusCode;
            if (status >= 300 && status < 400)
            {
                return RedirectFailure(executionContext);
            }

            if (exception is System.Xml.XmlException || exception is System.Text.Json.JsonException || exception is System.Text.DecoderFallbackException)
            {
                var requestId = http.IsHeaderPresent("x-amzn-RequestId") ? http.GetHeaderValue("x-amzn-RequestId") : string.Empty;
                return new AmazonUnmarshallingException(requestId, string.Empty, exception, http.StatusCode);
            }

            return exception;
        }

        // A redirect (redirects are not followed) or another status the pipeline passed through without a response.
        protected override void AfterAnswer(IExecutionContext executionContext)
        {
            if (executionContext.ResponseContext.Response is not null)
            {
                return;
            }

            throw RedirectFailure(executionContext);
        }

        private static InvalidServiceResponseException RedirectFailure(IExecutionContext executionContext)
        {
            var http = executionContext.ResponseContext.HttpResponse;
            var status = http is null ? 0 : (int)http.StatusCode;
            var location = http is not null && http.IsHeaderPresent("Location") ? $" to {http.GetHeaderValue("Location")}" : string.Empty;
            return new InvalidServiceResponseException(
                $"{RequestNames.Operation(executionContext.RequestContext)}: the endpoint answered HTTP {status}{location}, which is not an answer of the service. " +
                "Redirects are not followed: check the endpoint URL.",
                status);
        }
    }
}
