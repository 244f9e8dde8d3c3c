using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ImportExport.Inventory
{
    /// <summary>One record of a CSV file: its fields and the 1-based line it starts on (the header is row 1).</summary>
    public sealed class CsvRecord
    {
        internal CsvRecord(int rowNumber, string[] fields, string? defect)
        {
            RowNumber = rowNumber;
            Fields = fields;
            Defect = defect;
        }

        /// <summary>The record's number, counting the header as 1 and every record (not every line) after it.</summary>
        public int RowNumber { get; }

        public IReadOnlyList<string> Fields { get; }

        /// <summary>A quoting defect confined to this record (a stray quote), or null.</summary>
        public string? Defect { get; }
    }

    /// <summary>
    /// A CSV file read by RFC 4180: comma separated, CRLF or LF records, fields optionally in double quotes, a quote
    /// inside a quoted field doubled, commas and line breaks allowed inside quotes. UTF-8 with or without a byte
    /// order mark; anything else (invalid UTF-8, NUL bytes, an unterminated quoted field) is not a CSV file.
    /// Blank lines are skipped and not counted.
    /// </summary>
    public sealed class CsvDocument
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        private CsvDocument(List<CsvRecord> records) => Records = records;

        /// <summary>Every record, the header first.</summary>
        public IReadOnlyList<CsvRecord> Records { get; }

        /// <summary>Reads the bytes of a file; a file that is not CSV throws <see cref="NotCsvException"/>.</summary>
        public static CsvDocument Parse(byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                throw new NotCsvException("the file is UTF-16; save it as UTF-8");
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException)
            {
                throw new NotCsvException("the file is not UTF-8 text");
            }

            return Parse(text);
        }

        /// <summary>Reads a file from disk (see <see cref="Parse(byte[])"/>).</summary>
        public static CsvDocument Load(string path) => Parse(File.ReadAllBytes(path));

        /// <summary>Reads CSV text (already decoded).</summary>
        public static CsvDocument Parse(string text)
        {
            if (text.IndexOf('\0') >= 0)
            {
                throw new NotCsvException("the file contains NUL characters (binary data)");
            }

            var records = new List<CsvRecord>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            var line = 1;
            var number = 0;
            string? defect = null;
            var atFieldStart = true;
            var recordHasContent = false;

            void EndField()
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
            }

            void EndRecord()
            {
                EndField();
                // A blank line is one empty field with nothing else: skipped, not counted.
                if (recordHasContent || fields.Count > 1)
                {
                    records.Add(new CsvRecord(++number, fields.ToArray(), defect));
                }

                fields.Clear();
                defect = null;
                recordHasContent = false;
            }

            while (i < text.Length)
            {
                var c = text[i];
                if (atFieldStart && c == '"')
                {
                    // Quoted field: up to the closing quote; "" is one quote; anything else goes in as it is.
                    var start = line;
                    i++;
                    recordHasContent = true;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new NotCsvException($"the quoted field that starts on line {start} is never closed");
                        }

                        var q = text[i];
                        if (q == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        if (q == '\n')
                        {
                            line++;
                        }

                        field.Append(q);
                        i++;
                    }

                    atFieldStart = false;

                    // After the closing quote only a comma or the end of the record may follow.
                    while (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    {
                        defect = defect ?? "text follows the closing quote of a field";
                        field.Append(text[i]);
                        i++;
                    }

                    continue;
                }

                switch (c)
                {
                    case ',':
                        recordHasContent = true;
                        EndField();
                        i++;
                        break;
                    case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    case '\n':
                        EndRecord();
                        i += c == '\r' ? 2 : 1;
                        line++;
                        break;
                    default:
                        if (c == '"')
                        {
                            defect = defect ?? "a quote inside a field that is not quoted";
                        }

                        recordHasContent = true;
                        atFieldStart = false;
                        field.Append(c);
                        i++;
                        break;
                }
            }

            if (!atFieldStart || field.Length > 0 || fields.Count > 0 || recordHasContent)
            {
                EndRecord();
            }

            return new CsvDocument(records);
        }
    }
}
