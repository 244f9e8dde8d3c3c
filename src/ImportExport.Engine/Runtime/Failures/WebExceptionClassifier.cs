using System;
using System.Net;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Reads the <see cref="WebException"/> that .NET Framework's HttpClient puts inside an HttpRequestException.
    /// .NET reports the same failures as SocketException/AuthenticationException inner exceptions; .NET Framework
    /// reports DNS, connect and TLS-handshake failures only through <see cref="WebException.Status"/>, without
    /// those inner exceptions, and AWSSDK.Core's netstandard build does not unwrap it. <see cref="FailureClassifier"/> asks
    /// this type so that both runtimes give the same answers.
    /// </summary>
    internal static class WebExceptionClassifier
    {
        /// <summary>What <paramref name="status"/> says about the attempt.</summary>
        public static WebFailureKind Classify(WebExceptionStatus status)
        {
            switch (status)
            {
                case WebExceptionStatus.NameResolutionFailure:
                case WebExceptionStatus.ProxyNameResolutionFailure:
                case WebExceptionStatus.ConnectFailure:
                case WebExceptionStatus.RequestProhibitedByProxy:
                    return WebFailureKind.NotSent;
                case WebExceptionStatus.SecureChannelFailure:
                case WebExceptionStatus.TrustFailure:
                    return WebFailureKind.SecureChannel;
                case WebExceptionStatus.Timeout:
                case WebExceptionStatus.RequestCanceled:
                    return WebFailureKind.Timeout;
                default:
                    // SendFailure, ReceiveFailure, ConnectionClosed, KeepAliveFailure, PipelineFailure, ProtocolError,
                    // ServerProtocolViolation, UnknownError ...: bytes may have reached the service.
                    return WebFailureKind.MaybeSent;
            }
        }

        /// <summary>The first WebException in the chain of <paramref name="exception"/>, or null.</summary>
        public static WebException? Find(Exception? exception)
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is WebException web)
                {
                    return web;
                }
            }

            return null;
        }

        /// <summary>The classification of the first WebException in the chain, or null when there is none.</summary>
        public static WebFailureKind? ClassifyChain(Exception? exception)
        {
            var web = Find(exception);
            return web is null ? (WebFailureKind?)null : Classify(web.Status);
        }
    }
}
