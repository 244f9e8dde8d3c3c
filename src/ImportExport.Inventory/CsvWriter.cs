using System.Collections.Generic;
using System.Text;

namespace ImportExport.Inventory
{
    /// <summary>
    /// Writes CSV as <see cref="CsvDocument"/> reads it (RFC 4180): CRLF between records, a field in double quotes
    /// when it holds a comma, a quote, a line break or a leading/trailing space, quotes doubled; UTF-8 without BOM.
    /// </summary>
    public static class CsvWriter
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
        {
            var text = new StringBuilder();
            Append(text, header);
            foreach (var row in rows)
            {
                Append(text, row);
            }

            return Utf8.GetBytes(text.ToString());
        }

        private static void Append(StringBuilder text, IReadOnlyList<string> fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                var field = fields[i] ?? string.Empty;
                var quote = field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || (field.Length > 0 && (field[0] == ' ' || field[field.Length - 1] == ' '));
                if (quote)
                {
                    text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
                }
                else
                {
                    text.Append(field);
                }
            }

            text.Append("\r\n");
        }
    }
}
