using System;
using System.Net;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Reads the <see cref="WebException"/> that .NET Framework's HttpClient puts inside an HttpRequestException.
    /// .NET reports the same failures as SocketException/AuthenticationException inner exceptions; .NET Framework
    /// reports DNS, connect and TLS-handshake failures only through <see cref="WebException.Status"/>, without
    /// those inner exceptions, and AWSSDK.Core's netstandard build does not unwrap it. The attempt classifier asks
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

        /// <summary>
        /// The failure in the shape .NET gives it, for a .NET Framework failure to connect: an HttpRequestException
        /// around a SocketException (HostNotFound, ConnectionRefused), which AWSSDK.Core's retry policy retries like
        /// on PowerShell 7, where the same failure already has that shape (it does not retry the WebException form).
        /// The WebException's status and text stay in the message. Null when nothing needs to change.
        /// </summary>
        public static Exception? ToDotNetShape(Exception exception)
        {
            var web = Find(exception);
            if (web is null)
            {
                return null;
            }

            System.Net.Sockets.SocketError code;
            switch (web.Status)
            {
                case WebExceptionStatus.NameResolutionFailure:
                case WebExceptionStatus.ProxyNameResolutionFailure:
                    code = System.Net.Sockets.SocketError.HostNotFound;
                    break;
                case WebExceptionStatus.ConnectFailure:
                    code = System.Net.Sockets.SocketError.ConnectionRefused;
                    break;
                default:
                    return null;
            }

            return new System.Net.Http.HttpRequestException(
                $"{web.Message} ({web.Status})",
                new System.Net.Sockets.SocketException((int)code));
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
