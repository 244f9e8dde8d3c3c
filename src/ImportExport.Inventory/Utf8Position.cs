using System.Globalization;
using System.Text;

namespace ImportExport.Inventory
{
    /// <summary>
    /// Where a file stops being UTF-8, and what it more likely is: the row, line and byte of the first byte that is not
    /// UTF-8, and which of the two code pages Excel users meet (1252, Windows Western European; 850, the OEM code page
    /// of "CSV (MS-DOS)") reads its bytes as letters. Only asked when a file is not UTF-8, never on the checked path.
    /// </summary>
    internal static class Utf8Position
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>The reason a file is not CSV, for bytes that are not UTF-8 after <paramref name="offset"/>.</summary>
        public static string Describe(byte[] bytes, int offset)
        {
            var at = FirstInvalid(bytes, offset);
            var text = new StringBuilder("the file is not UTF-8 text: ");
            var prefix = StrictUtf8.GetString(bytes, offset, at - offset);
            var line = 1;
            foreach (var c in prefix)
            {
                line += c == '\n' ? 1 : 0;
            }

            var row = RowOf(prefix);
            text.Append(row == null || row == line ? $"row {line}" : $"row {row} (line {line})")
                .Append(", byte ").Append((at + 1).ToString(CultureInfo.InvariantCulture))
                .Append(" (0x").Append(bytes[at].ToString("X2", CultureInfo.InvariantCulture)).Append(") is not UTF-8");
            var codePage = Likely(bytes, offset);
            text.Append(codePage == 850
                ? "; its bytes read as code page 850 (the OEM code page of Excel's \"CSV (MS-DOS)\"): read it with -Encoding 850, or save it as UTF-8"
                : "; its bytes read as code page 1252 (Windows Western European): read it with -Encoding 1252, or save it as UTF-8");
            return text.ToString();
        }

        /// <summary>The index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629).</summary>
        internal static int FirstInvalid(byte[] b, int i)
        {
            while (i < b.Length)
            {
                int c = b[i];
                if (c < 0x80)
                {
                    i++;
                    continue;
                }

                int n, low = 0x80, high = 0xBF;
                if (c >= 0xC2 && c <= 0xDF)
                {
                    n = 1;
                }
                else if (c >= 0xE0 && c <= 0xEF)
                {
                    n = 2;
                    (low, high) = c == 0xE0 ? (0xA0, 0xBF) : c == 0xED ? (0x80, 0x9F) : (low, high);
                }
                else if (c >= 0xF0 && c <= 0xF4)
                {
                    n = 3;
                    (low, high) = c == 0xF0 ? (0x90, 0xBF) : c == 0xF4 ? (0x80, 0x8F) : (low, high);
                }
                else
                {
                    return i;
                }

                if (i + n >= b.Length)
                {
                    return i;
                }

                if (b[i + 1] < low || b[i + 1] > high)
                {
                    return i;
                }

                for (var k = 2; k <= n; k++)
                {
                    if (b[i + k] < 0x80 || b[i + k] > 0xBF)
                    {
                        return i;
                    }
                }

                i += n + 1;
            }

            return b.Length - 1;
        }

        // The row the byte after the prefix is on: the records of the prefix, the last one unfinished.
        private static int? RowOf(string prefix)
        {
            try
            {
                var reader = new CsvReader(prefix);
                var fields = new System.Collections.Generic.List<string>();
                while (reader.Read(fields, out _))
                {
                }

                var row = reader.RecordNumber;
                return prefix.Length == 0 || prefix[prefix.Length - 1] == '\n' ? row + 1 : row;
            }
            catch (NotCsvException)
            {
                // The byte is inside a quoted field that the prefix leaves open: its row is the line's.
                return null;
            }
        }

        // Counts the bytes above 0x7F that are letters in each code page; the one with more is likelier.
        private static int Likely(byte[] bytes, int offset)
        {
            int cp1252 = 0, cp850 = 0;
            for (var i = offset; i < bytes.Length; i++)
            {
                var b = bytes[i];
                if (b < 0x80)
                {
                    continue;
                }

                cp1252 += IsLetter1252(b) ? 1 : 0;
                cp850 += IsLetter850(b) ? 1 : 0;
            }

            return cp850 > cp1252 ? 850 : 1252;
        }

        // Š Œ Ž š œ ž Ÿ ª µ º, À–Ö, Ø–ö, ø–ÿ
        private static bool IsLetter1252(byte b) =>
            b == 0x8A || b == 0x8C || b == 0x8E || b == 0x9A || b == 0x9C || b == 0x9E || b == 0x9F || b == 0xAA || b == 0xB5 || b == 0xBA ||
            (b >= 0xC0 && b <= 0xFF && b != 0xD7 && b != 0xF7);

        // Ç ü é â ä à å ç ê ë è ï î ì Ä Å É æ Æ ô ö ò û ù ÿ Ö Ü ø Ø, á í ó ú ñ Ñ ª º, Á Â À, ã Ã, ð Ð Ê Ë È ı Í Î Ï, Ì, Ó ß Ô Ò õ Õ µ þ Þ Ú Û Ù ý Ý
        private static bool IsLetter850(byte b) =>
            (b >= 0x80 && b <= 0x9B) || b == 0x9D || (b >= 0xA0 && b <= 0xA7) || (b >= 0xB5 && b <= 0xB7) || b == 0xC6 || b == 0xC7 ||
            (b >= 0xD0 && b <= 0xD8) || b == 0xDE || (b >= 0xE0 && b <= 0xED);
    }
}
