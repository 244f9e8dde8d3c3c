
namespace ImportExport.Manifest
{
    /// <summary>
    /// Spots UTF-8 text that was read as ANSI (Windows-1252): what Windows PowerShell 5.1's Get-Content does with a
    /// file that has no byte order mark, so "Müller" arrives as "MÃ¼ller" and "Straße" as "StraÃŸe". The service
    /// would accept such a manifest and print the garbled name on the shipping label; the cmdlets warn instead.
    /// </summary>
    internal static class ManifestMojibake
    {
        // Windows-1252 decodings of the UTF-8 continuation bytes 0x80-0xBF (undefined bytes as their C1 code points).
        private const string Continuations =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
            "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178" +
            "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF" +
            "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF";

        /// <summary>The first garbled sequence in <paramref name="text"/> ("Ã¼", "Ã©", "â€" ...), or null.</summary>
        public static string? Find(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            for (var i = 0; i + 1 < text!.Length; i++)
            {
                var c = text[i];
                var next = text[i + 1];
                // U+00C0-U+00FF as UTF-8 is C3 80-BF: "Ã" and a continuation. U+00A0-U+00BF is C2 A0-BF: "Â" and one of those.
                if (c == '\u00C3' && Continuations.IndexOf(next) >= 0)
                {
                    return text.Substring(i, 2);
                }

                if (c == '\u00C2' && next >= '\u00A0' && next <= '\u00BF')
                {
                    return text.Substring(i, 2);
                }

                // U+2010-U+203F (dashes, quotes, ellipsis) and U+20AC (euro) are E2 80/82 xx: "â€" or "â‚".
                if (c == '\u00E2' && (next == '\u20AC' || next == '\u201A'))
                {
                    return text.Substring(i, 2);
                }
            }

            return null;
        }

        /// <summary>The warning for <paramref name="text"/>, or null when it looks fine.</summary>
        public static string? Warning(string? text, string source)
        {
            var found = Find(text);
            return found is null
                ? null
                : $"The manifest ({source}) contains \"{found}\", which is how UTF-8 text looks after it was read as ANSI: Windows PowerShell 5.1's " +
                  "Get-Content reads a file without a byte order mark that way (\"Müller\" becomes \"MÃ¼ller\"). If that is not what the manifest says, " +
                  "pass the file with -ManifestPath (or -Path for Test-IEManifest), or read it with Get-Content -Raw -Encoding UTF8.";
        }
    }
}
