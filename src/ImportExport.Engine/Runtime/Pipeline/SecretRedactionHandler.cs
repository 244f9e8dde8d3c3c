using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Inside AWSSDK.Core's RetryHandler, so that no attempt's failure reaches a notice, a message or $Error with a
    /// secret in it: a server may echo the request into an error message (SignatureDoesNotMatch carries the canonical
    /// request, with its X-Amz-Security-Token header; a proxy's error page may show the Authorization header). Such
    /// values are replaced, and the exception rebuilt with the same type and fields.
    /// </summary>
    internal sealed class SecretRedactionHandler : ReshapingHandler
    {
        private const int MinSecretLength = 8;

        protected override Exception Reshape(IExecutionContext executionContext, Exception exception) => Redact(executionContext.RequestContext, exception);

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
    }
}
