using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A shared credentials or config file (the INI format the AWS CLI and SDKs read), parsed with the line of every
    /// setting so that a bad value can be reported where it is. Parsed files are cached by path, length and last
    /// write time: an edited or replaced file is read again by the next command, an unchanged one is not.
    /// </summary>
    public sealed class SharedFile
    {
        private const int MaxCachedFiles = 64;
        private static readonly ConcurrentDictionary<string, SharedFile> Cache = new ConcurrentDictionary<string, SharedFile>(StringComparer.Ordinal);

        private readonly Dictionary<string, SharedFileSection> _sections;

        private SharedFile(string path, string stamp, Dictionary<string, SharedFileSection> sections)
        {
            Path = path;
            Stamp = stamp;
            _sections = sections;
        }

        public string Path { get; }

        /// <summary>Length and last write time: changes whenever the file does.</summary>
        public string Stamp { get; }

        /// <summary>The section headers in the file, as written between the brackets.</summary>
        public IEnumerable<string> Headers => _sections.Keys;

        /// <summary>The section whose header is <paramref name="header"/> (whitespace between words normalised), or null.</summary>
        public SharedFileSection? Section(string header) => _sections.TryGetValue(header, out var section) ? section : null;

        /// <summary>The stamp of the file at <paramref name="path"/> now ("missing" when there is none).</summary>
        public static string StampOf(string path)
        {
            var info = new FileInfo(path);
            return info.Exists
                ? string.Format(CultureInfo.InvariantCulture, "{0}:{1}", info.Length, info.LastWriteTimeUtc.Ticks)
                : "missing";
        }

        /// <summary>
        /// The file at <paramref name="path"/> as it is now; null when it does not exist.
        /// <paramref name="describe"/> names the file in messages ("the shared config file /home/me/.aws/config").
        /// </summary>
        /// <exception cref="CredentialResolutionException">The file cannot be read or is malformed (reason InvalidProfile).</exception>
        public static SharedFile? Load(string path, string describe)
        {
            var stamp = StampOf(path);
            if (stamp == "missing")
            {
                return null;
            }

            if (Cache.TryGetValue(path, out var cached) && cached.Stamp == stamp)
            {
                return cached;
            }

            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new CredentialResolutionException(FailureCodes.InvalidProfile, $"{describe} cannot be read: {ex.Message}", ex) { File = path };
            }

            var parsed = new SharedFile(path, stamp, Parse(text, path, describe));
            if (Cache.Count >= MaxCachedFiles)
            {
                Cache.Clear();
            }

            Cache[path] = parsed;
            return parsed;
        }

        internal static Dictionary<string, SharedFileSection> Parse(string text, string path, string describe)
        {
            var sections = new Dictionary<string, SharedFileSection>(StringComparer.Ordinal);
            SharedFileSection? section = null;
            string? lastKey = null;
            var lastKeyHasValue = false;
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var number = i + 1;
                var raw = lines[i].TrimEnd('\r');
                if (i == 0 && raw.Length > 0 && raw[0] == '\uFEFF')
                {
                    raw = raw.Substring(1);
                }

                var trimmed = raw.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
                {
                    continue;
                }

                var indented = char.IsWhiteSpace(raw[0]);
                if (indented && section is not null && lastKey is not null)
                {
                    // A continuation: under an empty value, a nested "sub = value" setting; otherwise more of the value.
                    if (!lastKeyHasValue)
                    {
                        var equals = trimmed.IndexOf('=');
                        if (equals <= 0)
                        {
                            throw Malformed(path, describe, number, "an indented line under a key with no value must be a 'name = value' setting");
                        }

                        section.SetNested(lastKey, trimmed.Substring(0, equals).Trim(), trimmed.Substring(equals + 1).Trim());
                    }
                    else
                    {
                        section.Append(lastKey, trimmed);
                    }

                    continue;
                }

                if (trimmed[0] == '[')
                {
                    var close = trimmed.IndexOf(']');
                    if (close < 0)
                    {
                        throw Malformed(path, describe, number, "a section header has no closing ']'");
                    }

                    var rest = trimmed.Substring(close + 1).Trim();
                    if (rest.Length > 0 && rest[0] != '#' && rest[0] != ';')
                    {
                        throw Malformed(path, describe, number, "there is text after the section header's ']'");
                    }

                    var header = string.Join(" ", trimmed.Substring(1, close - 1).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));
                    if (header.Length == 0)
                    {
                        throw Malformed(path, describe, number, "a section header has no name");
                    }

                    var space = header.IndexOf(' ');
                    section = new SharedFileSection(header, space < 0 ? header : header.Substring(space + 1), path, number);

                    // A section that appears twice: the later settings win, as in the AWS CLI.
                    if (sections.TryGetValue(header, out var earlier))
                    {
                        earlier.MergeFrom(section);
                        section = earlier;
                    }
                    else
                    {
                        sections[header] = section;
                    }

                    lastKey = null;
                    continue;
                }

                var separator = trimmed.IndexOf('=');
                if (separator < 0)
                {
                    // Never quote the line: it may hold a secret.
                    throw Malformed(path, describe, number, "the line is neither a [section] header, a 'name = value' setting nor a comment");
                }

                if (separator == 0)
                {
                    throw Malformed(path, describe, number, "a setting has no name before '='");
                }

                if (section is null)
                {
                    throw Malformed(path, describe, number, "a setting comes before any [section] header");
                }

                lastKey = trimmed.Substring(0, separator).Trim();
                var value = StripInlineComment(trimmed.Substring(separator + 1).Trim());
                lastKeyHasValue = value.Length > 0;
                section.Set(lastKey, value, number);
            }

            return sections;
        }

        // "value # comment" and "value ; comment" (with whitespace before the marker) are comments, as in botocore.
        private static string StripInlineComment(string value)
        {
            for (var i = 1; i < value.Length; i++)
            {
                if ((value[i] == '#' || value[i] == ';') && char.IsWhiteSpace(value[i - 1]))
                {
                    return value.Substring(0, i).TrimEnd();
                }
            }

            return value;
        }

        private static CredentialResolutionException Malformed(string path, string describe, int line, string problem) =>
            new CredentialResolutionException(
                FailureCodes.InvalidProfile,
                string.Format(CultureInfo.InvariantCulture, "{0} is malformed at line {1}: {2}.", describe, line, problem))
            {
                File = path,
                Line = line,
            };
    }
}
