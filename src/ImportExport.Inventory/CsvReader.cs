using System.Collections.Generic;
using System.Text;

namespace ImportExport.Inventory
{
    /// <summary>
    /// Reads the records of CSV text one at a time (the rules of <see cref="CsvDocument"/>), so that the checker
    /// keeps no record once it has checked it. Text that is not CSV throws <see cref="NotCsvException"/>: at once
    /// for a NUL character, at the record concerned for a quoted field never closed.
    /// </summary>
    internal sealed class CsvReader
    {
        private readonly string text;
        private int i;
        private StringBuilder? builder;

        public CsvReader(string text)
        {
            if (text.IndexOf('\0') >= 0)
            {
                throw new NotCsvException("the file contains NUL characters (binary data)");
            }

            this.text = text;
        }

        /// <summary>The row of the record last read as a spreadsheet shows it (see <see cref="Utf8CsvReader.RecordNumber"/>).</summary>
        public int RecordNumber { get; private set; }

        /// <summary>The line the record last read starts on (see <see cref="Utf8CsvReader.Line"/>).</summary>
        public int Line { get; private set; }

        private int quotedBreaks;

        /// <summary>Fills <paramref name="fields"/> with the next record's fields; false at the end of the text.</summary>
        public bool Read(List<string> fields, out string? defect)
        {
            // Each field is cut out of the text in one piece (Substring), not built a character at a time: only a
            // quoted field with a doubled quote, or one that goes on after its closing quote, needs a builder.
            fields.Clear();
            defect = null;
            var recordHasContent = false;
            var startBreaks = quotedBreaks;
            while (true)
            {
                if (i >= text.Length && fields.Count == 0)
                {
                    return false;
                }

                string field;
                if (i < text.Length && text[i] == '"')
                {
                    recordHasContent = true;
                    field = ReadQuoted(ref defect);
                }
                else
                {
                    var start = i;
                    i = ScanUnquoted(i, ref defect);
                    recordHasContent |= i > start;
                    field = text.Substring(start, i - start);
                }

                fields.Add(field);
                if (i < text.Length && text[i] == ',')
                {
                    recordHasContent = true;
                    i++;
                    continue;
                }

                // ScanUnquoted stops only at a comma, a line feed, CR LF or the end.
                if (i < text.Length)
                {
                    i += text[i] == '\r' ? 2 : 1;
                }

                // A blank line is one empty field with nothing else: skipped, but a row a spreadsheet shows (empty).
                RecordNumber++;
                if (recordHasContent)
                {
                    Line = RecordNumber + startBreaks;
                    return true;
                }

                fields.Clear();
                defect = null;
                startBreaks = quotedBreaks;
            }
        }

        // From a field's start (or from where its quoted part ended) to the comma, LF or CR LF that ends it. A CR
        // alone is part of the field; so is a quote, which makes the record defective.
        private int ScanUnquoted(int at, ref string? defect)
        {
            for (; at < text.Length; at++)
            {
                var c = text[at];
                if (c == ',' || c == '\n' || (c == '\r' && at + 1 < text.Length && text[at + 1] == '\n'))
                {
                    break;
                }

                if (c == '"')
                {
                    defect = defect ?? "a quote inside a field that is not quoted";
                }
            }

            return at;
        }

        // A quoted field: up to the closing quote, "" being one quote and anything else taken as it is; then what
        // follows the closing quote up to the end of the field, which belongs to the field but makes the record
        // defective.
        private string ReadQuoted(ref string? defect)
        {
            var open = i++;
            var start = i;
            string? quoted = null;
            while (true)
            {
                var quote = text.IndexOf('"', i);
                if (quote < 0)
                {
                    var line = 1;
                    for (var k = 0; k < open; k++)
                    {
                        if (text[k] == '\n')
                        {
                            line++;
                        }
                    }

                    throw new NotCsvException($"the quoted field that starts on line {line} is never closed");
                }

                if (quote + 1 < text.Length && text[quote + 1] == '"')
                {
                    builder = builder ?? new StringBuilder();
                    if (quoted == null)
                    {
                        builder.Clear();
                        quoted = string.Empty;
                    }

                    builder.Append(text, i, quote + 1 - i);
                    i = quote + 2;
                    continue;
                }

                for (var k = text.IndexOf('\n', open + 1, quote - open - 1); k >= 0; k = text.IndexOf('\n', k + 1, quote - k - 1))
                {
                    quotedBreaks++;
                }

                quoted = quoted == null ? text.Substring(start, quote - start) : builder!.Append(text, i, quote - i).ToString();
                i = quote + 1;
                break;
            }

            var after = i;
            while (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
            {
                defect = defect ?? "text follows the closing quote of a field";
                i++;
            }

            // A CR not followed by LF after the quoted part: the field goes on as unquoted text.
            i = ScanUnquoted(i, ref defect);
            return i == after ? quoted : quoted + text.Substring(after, i - after);
        }
    }
}
