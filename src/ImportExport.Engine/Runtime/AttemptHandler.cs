using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ImportExport.IE;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Sits just inside AWSSDK.Core's RetryHandler, so it sees every attempt of a call. Core's retry policy
    /// still decides what is retried and how long to wait; this handler
    /// <list type="bullet">
    /// <item>reports each resend to the listeners of <see cref="RetryNotices"/> (a cmdlet's -Verbose),</item>
    /// <item>keeps non-idempotent requests (<see cref="INonIdempotentRequest"/>) from being resent when an attempt
    ///   may have been carried out, by turning that failure into <see cref="OperationOutcomeUnknownException"/>,
    ///   which the policy does not retry,</item>
    /// <item>turns TLS failures into <see cref="TransportSecurityException"/> (Core would retry them as transient),</item>
    /// <item>removes credentials, tokens and signatures that a server echoed into an error message,</item>
    /// <item>rejects answers that the pipeline did not turn into a response (a redirect: they are not followed).</item>
    /// </list>
    /// </summary>
    internal sealed class AttemptHandler : PipelineHandler
    {
        private const string StateKey = "ImportExport.Attempts";
        private const int MinSecretLength = 8;

        public override void InvokeSync(IExecutionContext executionContext)
        {
            var state = BeforeAttempt(executionContext);
            try
            {
                base.InvokeSync(executionContext);
            }
            catch (Exception ex)
            {
                var replacement = OnFailure(executionContext, state, ex);
                if (replacement is null)
                {
                    throw;
                }

                throw replacement;
            }

            CheckResponse(executionContext);
        }

        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            var state = BeforeAttempt(executionContext);
            T result;
            try
            {
                result = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                var failure = AsSynchronousPathReportsIt(executionContext, ex);
                var replacement = OnFailure(executionContext, state, failure) ?? failure;
                if (ReferenceEquals(replacement, ex))
                {
                    throw;
                }

                throw replacement;
            }

            CheckResponse(executionContext);
            return result;
        }

        private static AttemptState BeforeAttempt(IExecutionContext executionContext)
        {
            var context = executionContext.RequestContext;
            var attributes = context.ContextAttributes;
            if (!attributes.TryGetValue(StateKey, out var value) || value is not AttemptState state)
            {
                state = new AttemptState();
                attributes[StateKey] = state;
            }

            if (state.LastFailure is not null)
            {
                var operation = OperationName(context);
                var failure = Describe(state.LastFailure);
                if (context.Retries > state.RetriesAtFailure)
                {
                    RetryNotices.Publish(string.Format(
                        CultureInfo.InvariantCulture,
                        "{0}: attempt {1} failed ({2}); retry {3} of {4} after {5:0.00} s.",
                        operation,
                        state.Attempts,
                        failure,
                        context.Retries,
                        context.ClientConfig.MaxErrorRetry,
                        state.SinceFailure.Elapsed.TotalSeconds));
                }
                else
                {
                    // Core resends at once, outside the retry count, when a pooled connection turns out to be closed.
                    RetryNotices.Publish(string.Format(
                        CultureInfo.InvariantCulture,
                        "{0}: attempt {1} failed ({2}); the connection was closed, resending at once on a new connection.",
                        operation,
                        state.Attempts,
                        failure));
                }

                state.LastFailure = null;
            }

            state.Attempts++;
            return state;
        }

        private static Exception? OnFailure(IExecutionContext executionContext, AttemptState state, Exception exception)
        {
            var context = executionContext.RequestContext;
            var current = Redact(context, exception);
            if (IsTimeout(context, current))
            {
                // The HTTP timeout aborts the socket, so the exception chain ends in SocketException(ConnectionAborted),
                // which Core takes for a stale pooled connection and resends at once, uncounted, up to 10 times. A
                // plain TimeoutException is retried like any transient error: counted, with backoff.
                current = new TimeoutException(SafeMessage(current));
            }

            // .NET Framework reports a failure to connect as WebException.Status only; give it .NET's shape so that
            // Core retries it on both runtimes (it never left the machine: retrying is safe even for CreateJob).
            current = WebExceptionClassifier.ToDotNetShape(current) ?? current;

            if (IsSecureChannelStatus(current, out var secureChannel))
            {
                current = TransportSecurityException.FromWebStatus(EndpointOf(context), secureChannel!);
            }
            else if (IsTlsFailure(current, out var authentication))
            {
                current = new TransportSecurityException(EndpointOf(context), authentication!);
            }
            else if (context.OriginalRequest is INonIdempotentRequest nonIdempotent && !nonIdempotent.RetryWhenOutcomeUnknown && OutcomeIsUnknown(current, out var reason))
            {
                var cause = current;
                current = new OperationOutcomeUnknownException(OperationName(context), reason, cause);
                RetryNotices.Publish($"{OperationName(context)}: attempt {state.Attempts} failed ({Describe(cause)}); not retried: the request may have been carried out.");
            }

            if (context.OriginalRequest is IUncertainAttemptAware aware && OutcomeIsUnknown(current, out _))
            {
                aware.EarlierAttemptMayHaveSucceeded = true;
            }

            state.LastFailure = current;
            state.RetriesAtFailure = context.Retries;
            state.SinceFailure.Restart();
            return ReferenceEquals(current, exception) ? null : current;
        }

        // .NET: TaskCanceledException(TimeoutException); .NET Framework: a bare TaskCanceledException (see TimeoutClassifier).
        private static bool IsTimeout(IRequestContext context, Exception exception) =>
            TimeoutClassifier.IsHttpTimeout(exception, context.CancellationToken.IsCancellationRequested);

        /// <summary>
        /// Core's asynchronous path (the cmdlets use it, so that Ctrl+C cancels a request) hands a redirect's body to
        /// the unmarshaller and lets a parser's exception out unwrapped, where the synchronous path reports no response
        /// and an <see cref="AmazonUnmarshallingException"/>. The same failures get the same reasons on both paths.
        /// </summary>
        private static Exception AsSynchronousPathReportsIt(IExecutionContext executionContext, Exception exception)
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
        private static void CheckResponse(IExecutionContext executionContext)
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
                $"{OperationName(executionContext.RequestContext)}: the endpoint answered HTTP {status}{location}, which is not an answer of the service. " +
                "Redirects are not followed: check the endpoint URL.",
                status);
        }

        /// <summary>
        /// Whether a failed attempt of a non-idempotent request may have been carried out. False only when the
        /// failure shows the service did not act on it: it could not be reached, it throttled, it was unavailable
        /// (503), or it rejected the request (4xx).
        /// </summary>
        internal static bool OutcomeIsUnknown(Exception exception, out string reason)
        {
            reason = string.Empty;
            switch (exception)
            {
                case OperationOutcomeUnknownException unknown:
                    reason = unknown.Reason;
                    return true;
                case TransportSecurityException:
                    return false;
                case InvalidServiceResponseException invalid:
                    reason = "its answer was not a valid response of the service";
                    return invalid.StatusCode < 300 || invalid.StatusCode >= 500;
                case ImportExportResponseException:
                    reason = "its answer was not a valid response of the service";
                    return true;
                case AmazonUnmarshallingException unreadable:
                    reason = string.Format(CultureInfo.InvariantCulture, "its answer (HTTP {0}) could not be read", (int)unreadable.StatusCode);
                    return (int)unreadable.StatusCode < 300 || ((int)unreadable.StatusCode >= 500 && unreadable.StatusCode != HttpStatusCode.ServiceUnavailable);
                case AmazonServiceException service:
                    var status = (int)service.StatusCode;
                    reason = string.Format(CultureInfo.InvariantCulture, "the service answered HTTP {0} {1}", status, service.ErrorCode);
                    return status == 500 || status == 502 || status == 504;
            }

            if (WasNotSent(exception))
            {
                return false;
            }

            if (WebExceptionClassifier.ClassifyChain(exception) == WebFailureKind.Timeout)
            {
                reason = "no answer came before the timeout";
                return true;
            }

            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is TimeoutException || e is OperationCanceledException)
                {
                    reason = "no answer came before the timeout";
                    return true;
                }

                if (e is IOException || e is HttpRequestException || e is WebException || e is SocketException)
                {
                    reason = "the connection broke before an answer came";
                    return true;
                }
            }

            return false;
        }

        // Failures to connect: the request never left the machine. .NET says so with a SocketException, .NET Framework
        // with the Status of a WebException (NameResolutionFailure, ConnectFailure ...) and no SocketException.
        private static bool WasNotSent(Exception exception)
        {
            var web = WebExceptionClassifier.ClassifyChain(exception);
            if (web == WebFailureKind.NotSent || web == WebFailureKind.SecureChannel)
            {
                return true;
            }

            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is SocketException socket)
                {
                    switch (socket.SocketErrorCode)
                    {
                        case SocketError.ConnectionRefused:
                        case SocketError.HostNotFound:
                        case SocketError.HostUnreachable:
                        case SocketError.NetworkUnreachable:
                        case SocketError.NetworkDown:
                        case SocketError.TryAgain:
                        case SocketError.NoData:
                        case SocketError.AddressNotAvailable:
                            return true;
                    }
                }
            }

            return false;
        }

        // .NET Framework: HttpRequestException -> WebException(SecureChannelFailure or TrustFailure), often with no
        // AuthenticationException inside. Certificate and protocol failures: not transient, never retried.
        private static bool IsSecureChannelStatus(Exception exception, out WebException? web)
        {
            web = null;
            if (exception is TransportSecurityException || RetryPolicy.IsTransientSslError(exception))
            {
                return false;
            }

            var found = WebExceptionClassifier.Find(exception);
            if (found is not null && WebExceptionClassifier.Classify(found.Status) == WebFailureKind.SecureChannel)
            {
                web = found;
                return true;
            }

            return false;
        }

        private static bool IsTlsFailure(Exception exception, out AuthenticationException? authentication)
        {
            authentication = null;
            if (exception is TransportSecurityException || RetryPolicy.IsTransientSslError(exception))
            {
                return false;
            }

            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is AuthenticationException found)
                {
                    authentication = found;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A short account of a failure for messages: error code and status, or exception type and message.</summary>
        internal static string Describe(Exception exception)
        {
            switch (exception)
            {
                case AmazonServiceException service when !string.IsNullOrEmpty(service.ErrorCode):
                    return string.Format(CultureInfo.InvariantCulture, "{0}, HTTP {1}", service.ErrorCode, (int)service.StatusCode);
                case AmazonServiceException service:
                    return string.Format(CultureInfo.InvariantCulture, "HTTP {0}", (int)service.StatusCode);
                case OperationOutcomeUnknownException unknown:
                    return Describe(unknown.Cause);
            }

            var innermost = exception;
            while (innermost.InnerException is not null)
            {
                innermost = innermost.InnerException;
            }

            var message = innermost.Message.Replace('\r', ' ').Replace('\n', ' ');
            if (message.Length > 160)
            {
                message = message.Substring(0, 157) + "...";
            }

            return innermost.GetType().Name + ": " + message;
        }

        private static string OperationName(IRequestContext context)
        {
            var name = context.OriginalRequest?.GetType().Name ?? "Request";
            return name.EndsWith("Request", StringComparison.Ordinal) && name.Length > "Request".Length ? name.Substring(0, name.Length - "Request".Length) : name;
        }

        private static string EndpointOf(IRequestContext context)
        {
            var endpoint = context.Request?.Endpoint;
            return endpoint is null ? "the endpoint" : endpoint.GetLeftPart(UriPartial.Authority);
        }

        // ---- secrets ----

        /// <summary>
        /// A server may echo the request into an error message: SignatureDoesNotMatch carries the canonical request,
        /// which holds the X-Amz-Security-Token header; a proxy's error page may show the Authorization header. Such
        /// values are replaced before the exception goes anywhere (messages, -Verbose, $Error).
        /// </summary>
        private static Exception Redact(IRequestContext context, Exception exception)
        {
            List<string>? secrets = null;
            for (var e = exception; e is not null; e = e.InnerException)
            {
                var message = SafeMessage(e);
                if (message.Length < MinSecretLength)
                {
                    continue;
                }

                secrets ??= SecretsOf(context);
                if (Secrets.ContainsAny(message, secrets))
                {
                    return Rebuild(exception, secrets);
                }
            }

            return exception;
        }

        private static Exception Rebuild(Exception exception, List<string> secrets)
        {
            var message = Secrets.Redact(SafeMessage(exception), secrets);
            Exception? inner = exception.InnerException;
            for (var e = inner; e is not null; e = e.InnerException)
            {
                if (Secrets.ContainsAny(SafeMessage(e), secrets))
                {
                    inner = null;
                    break;
                }
            }

            switch (exception)
            {
                case IRedactableException redactable:
                    return redactable.WithMessage(message, inner);
                case AmazonServiceException service:
                    return new AmazonServiceException(message, inner, service.ErrorType, service.ErrorCode, service.RequestId, service.StatusCode);
                default:
                    return new AmazonClientException(message, inner);
            }
        }

        private static string SafeMessage(Exception exception)
        {
            try
            {
                return exception.Message ?? string.Empty;
            }
            catch (Exception)
            {
                return string.Empty;
            }
        }

        private static List<string> SecretsOf(IRequestContext context)
        {
            var secrets = new List<string>();
            void Add(string? value)
            {
                if (!string.IsNullOrEmpty(value) && value!.Length >= MinSecretLength && !secrets.Contains(value))
                {
                    secrets.Add(value);
                }
            }

            var headers = context.Request?.Headers;
            if (headers is not null)
            {
                foreach (var header in headers)
                {
                    if (string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
                    {
                        Add(header.Value);
                        foreach (var part in header.Value.Split(',', ' '))
                        {
                            var trimmed = part.Trim();
                            if (trimmed.StartsWith("Signature=", StringComparison.Ordinal))
                            {
                                Add(trimmed.Substring("Signature=".Length));
                            }
                        }
                    }
                    else if (string.Equals(header.Key, "X-Amz-Security-Token", StringComparison.OrdinalIgnoreCase))
                    {
                        Add(header.Value);
                    }
                }
            }

            foreach (var credentials in new[] { context.Identity as AWSCredentials, context.ExplicitAWSCredentials })
            {
                if (credentials is null)
                {
                    continue;
                }

                try
                {
                    var immutable = credentials.GetCredentials();
                    Add(immutable?.SecretKey);
                    Add(immutable?.Token);
                }
                catch (Exception)
                {
                    // Credentials that cannot be read now were not used to sign either.
                }
            }

            // Longest first, so a value that contains another is replaced whole.
            secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
            return secrets;
        }

        private sealed class AttemptState
        {
            public int Attempts { get; set; }

            public Exception? LastFailure { get; set; }

            public int RetriesAtFailure { get; set; }

            public Stopwatch SinceFailure { get; } = new Stopwatch();
        }
    }

    /// <summary>
    /// Sits just outside Core's RetryHandler and sees only the final failure of a call, once retries are spent. A
    /// transport failure (a broken connection, a timeout: Core lets IOException, HttpRequestException and
    /// TaskCanceledException through as they are) becomes <see cref="ServiceUnreachableException"/>, so callers
    /// get one exception family. Wrapping earlier, per attempt, would change what Core retries.
    /// </summary>
    internal sealed class FinalFailureHandler : PipelineHandler
    {
        public override void InvokeSync(IExecutionContext executionContext)
        {
            try
            {
                base.InvokeSync(executionContext);
            }
            catch (Exception ex) when (IsTransport(ex, executionContext))
            {
                throw Wrap(executionContext, ex);
            }
        }

        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            try
            {
                return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransport(ex, executionContext))
            {
                throw Wrap(executionContext, ex);
            }
        }

        private static bool IsTransport(Exception exception, IExecutionContext executionContext)
        {
            if (exception is AmazonServiceException || exception is AmazonClientException)
            {
                return false;
            }

            // A cancellation the caller asked for stays a cancellation.
            if (exception is OperationCanceledException && executionContext.RequestContext.CancellationToken.IsCancellationRequested)
            {
                return false;
            }

            return exception is IOException || exception is HttpRequestException || exception is WebException || exception is SocketException
                || exception is OperationCanceledException || exception is TimeoutException || exception is ObjectDisposedException;
        }

        private static ServiceUnreachableException Wrap(IExecutionContext executionContext, Exception exception)
        {
            var context = executionContext.RequestContext;
            var attempts = context.Retries + 1;
            var timedOut = exception is TimeoutException || exception is OperationCanceledException || exception.InnerException is TimeoutException;
            var endpoint = context.Request?.Endpoint?.GetLeftPart(UriPartial.Authority) ?? "the endpoint";
            var operation = context.OriginalRequest?.GetType().Name.Replace("Request", string.Empty) ?? "The request";
            var what = timedOut ? $"no answer came from {endpoint} in time" : $"the connection to {endpoint} failed";
            return new ServiceUnreachableException(
                string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2}), after {3} attempt(s).", operation, what, AttemptHandler.Describe(exception), attempts),
                exception,
                timedOut);
        }
    }

    /// <summary>The service could not be reached, or did not answer in time, after every attempt.</summary>
    public sealed class ServiceUnreachableException : AmazonClientException
    {
        public ServiceUnreachableException(string message, Exception innerException, bool timedOut)
            : base(message, innerException)
        {
            TimedOut = timedOut;
        }

        /// <summary>True when the last attempt timed out rather than failed to connect or lost its connection.</summary>
        public bool TimedOut { get; }
    }

    /// <summary>An exception that can be rebuilt with another message (secrets removed), keeping its type and fields.</summary>
    internal interface IRedactableException
    {
        Exception WithMessage(string message, Exception? innerException);
    }

    /// <summary>Finding and replacing secrets in text: known values, and anything shaped like a signature, token or Authorization header.</summary>
    internal static class Secrets
    {
        public const string Placeholder = "[REDACTED]";

        // What a request carries that must not be shown, whatever its value: SigV4/SigV2 signatures, session
        // tokens (header or query form), Authorization headers, and credentials-file lines.
        private static readonly System.Text.RegularExpressions.Regex Shapes = new System.Text.RegularExpressions.Regex(
            @"(?i)(?<name>\b(?:X-Amz-)?Signature=|\bx-amz-security-token\s*[:=]\s*|\bSecurityToken=|\bAuthorization\s*[:=]\s*|\baws_secret_access_key\s*[:=]\s*|\baws_session_token\s*[:=]\s*)(?<value>[^\s;,&'""<>]+(?:[ ][^\s;,&'""<>]+)*)",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        public static bool ContainsAny(string text, IEnumerable<string> secrets)
        {
            if (Shapes.IsMatch(text))
            {
                return true;
            }

            foreach (var secret in secrets)
            {
                if (text.IndexOf(secret, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public static string Redact(string text, IEnumerable<string> secrets)
        {
            foreach (var secret in secrets)
            {
                text = text.Replace(secret, Placeholder);
            }

            return RedactShapes(text);
        }

        /// <summary>Replaces what looks like a signature, token or Authorization value (no known values needed).</summary>
        public static string RedactShapes(string text) =>
            string.IsNullOrEmpty(text) ? text : Shapes.Replace(text, m => m.Groups["name"].Value + Placeholder);
    }
}
