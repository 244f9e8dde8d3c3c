using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.Runtime.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The one redaction for text that leaves the engine from where AWSSDK.Core's request pipeline cannot see it (the
    /// pipeline's own failures pass through <see cref="SecretRedactionHandler"/>, which uses the same
    /// <see cref="Secrets"/>): credential providers (STS and SSO answers, which may echo the request; a
    /// credential_process's error output) and the causes kept under a module exception. Secrets known by value are
    /// replaced, and so is anything shaped like one; a .NET exception text ("Exception of type '...' was thrown.") is
    /// replaced by what happened.
    /// </summary>
    public static class Redaction
    {
        private const int MaxLinks = 4;
        private const int MaxMessage = 2000;

        /// <summary><paramref name="text"/> with the <paramref name="secrets"/> and anything shaped like a secret replaced.</summary>
        public static string Text(string? text, IEnumerable<string>? secrets = null) =>
            string.IsNullOrEmpty(text) ? string.Empty : Secrets.Redact(text!, Usable(secrets));

        /// <summary>
        /// The cause chain of <paramref name="exception"/> as <see cref="FailureCauseException"/>s: each link's message
        /// redacted (a .NET exception text replaced by what happened, links that say nothing dropped), nothing else
        /// kept. Null when nothing in the chain says anything.
        /// </summary>
        public static FailureCauseException? Cause(Exception? exception, IEnumerable<string>? secrets = null)
        {
            var known = Usable(secrets);
            var links = new List<(string Kind, string Message)>();
            for (var e = exception; e is not null && links.Count < MaxLinks; e = e.InnerException)
            {
                if (e is FailureCauseException already)
                {
                    links.Add((already.Kind, Secrets.Redact(already.Message, known)));
                    continue;
                }

                var said = WhatHappened(e);
                if (said.Length == 0 || links.Any(l => l.Message == said))
                {
                    continue;
                }

                links.Add((e.GetType().Name, Secrets.Redact(said.Length > MaxMessage ? said.Substring(0, MaxMessage) + "..." : said, known)));
            }

            FailureCauseException? chain = null;
            for (var i = links.Count - 1; i >= 0; i--)
            {
                chain = new FailureCauseException(links[i].Kind, links[i].Message, chain);
            }

            return chain;
        }

        /// <summary>The first line of each message of the chain, short (a process's error output may be long), redacted.</summary>
        public static string Gist(Exception? exception, IEnumerable<string>? secrets = null)
        {
            var known = Usable(secrets);
            var parts = new List<string>();
            for (var e = exception; e is not null && parts.Count < 3; e = e.InnerException)
            {
                var text = e is FailureCauseException ? e.Message : WhatHappened(e);
                var newline = text.IndexOfAny(new[] { '\r', '\n' });
                if (newline >= 0)
                {
                    text = text.Substring(0, newline).Trim();
                }

                text = Secrets.Redact(text, known);
                if (text.Length > 300)
                {
                    text = text.Substring(0, 300) + "...";
                }

                if (text.Length > 0 && !parts.Contains(text))
                {
                    parts.Add(text.TrimEnd(':').TrimEnd());
                }
            }

            var joined = parts.Count == 0 ? "it failed without saying why" : string.Join(": ", parts);
            return joined.EndsWith(".", StringComparison.Ordinal) ? joined : joined + ".";
        }

        /// <summary>
        /// What an exception says happened: its message, or, where the message is only .NET's "Exception of type '...'
        /// was thrown.", the facts it carries (an HTTP error answer's status), or nothing.
        /// </summary>
        internal static string WhatHappened(Exception exception)
        {
            string message;
            try
            {
                message = (exception.Message ?? string.Empty).Trim();
            }
            catch (Exception)
            {
                message = string.Empty;
            }

            if (!IsRuntimeText(message))
            {
                return message;
            }

            if (exception is HttpErrorResponseException http && http.Response is { } response)
            {
                return string.Format(CultureInfo.InvariantCulture, "the server answered HTTP {0}", (int)response.StatusCode);
            }

            return string.Empty;
        }

        // .NET's text for an exception created without a message.
        private static bool IsRuntimeText(string message) =>
            message.Length == 0
            || (message.StartsWith("Exception of type '", StringComparison.Ordinal) && message.EndsWith("' was thrown.", StringComparison.Ordinal));

        private static List<string> Usable(IEnumerable<string>? secrets) =>
            (secrets ?? Enumerable.Empty<string>())
                .Where(s => !string.IsNullOrEmpty(s) && s.Length >= 8)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(s => s.Length)
                .ToList();
    }
}
