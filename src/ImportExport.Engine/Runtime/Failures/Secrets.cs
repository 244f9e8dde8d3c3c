using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ImportExport.Runtime
{
    /// <summary>Finding and replacing secrets in text: known values, and anything shaped like a signature, token or Authorization header.</summary>
    internal static class Secrets
    {
        public const string Placeholder = "[REDACTED]";

        // What a request carries that must not be shown, whatever its value: SigV4/SigV2 signatures, session
        // tokens (header or query form), Authorization headers, credentials-file lines and environment variables,
        // and the JSON of a credential_process or an STS/SSO answer ("SecretAccessKey": "...", "sessionToken": "...").
        private static readonly Regex Shapes = new Regex(
            @"(?i)(?<name>\b(?:X-Amz-)?Signature=|\bx-amz-security-token\s*[:=]\s*|\bSecurityToken=|\bAuthorization\s*[:=]\s*|\baws_secret_access_key\s*[:=]\s*|\baws_session_token\s*[:=]\s*|\b(?:SecretAccessKey|SessionToken)""?\s*[:=]\s*""?)(?<value>[^\s;,&'""<>]+(?:[ ][^\s;,&'""<>]+)*)",
            RegexOptions.CultureInvariant);

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
