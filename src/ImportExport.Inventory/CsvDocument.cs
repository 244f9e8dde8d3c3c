using System;
using System.Collections.Generic;
using System.IO;

namespace ImportExport.Inventory
{
    /// <summary>
    /// A CSV file read by RFC 4180: comma separated, CRLF or LF records, fields optionally in double quotes, a quote
    /// inside a quoted field doubled, commas and line breaks allowed inside quotes. UTF-8 with or without a byte
    /// order mark; anything else (invalid UTF-8, NUL bytes, an unterminated quoted field) is not a CSV file.
    /// Blank lines are skipped, and counted as rows as a spreadsheet shows them.
    /// </summary>
    public sealed class CsvDocument
    {
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

            var reader = new Utf8CsvReader(bytes);
            var records = new List<CsvRecord>();
            var fields = new List<string>();
            while (reader.Read(fields, out var defect))
            {
                records.Add(new CsvRecord(reader.RecordNumber, reader.Line, fields.ToArray(), defect));
            }

            return new CsvDocument(records);
        }

        /// <summary>
        /// Where the text of a file's bytes starts: after a UTF-8 byte order mark, if any. A UTF-16 one throws
        /// <see cref="NotCsvException"/>, since the rules read UTF-8 only.
        /// </summary>
        internal static int TextStart(byte[] bytes)
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                throw new NotCsvException("the file is UTF-16; save it as UTF-8");
            }

            return offset;
        }

        /// <summary>Reads a file from disk (see <see cref="Parse(byte[])"/>).</summary>
        public static CsvDocument Load(string path) => Parse(File.ReadAllBytes(path));

        /// <summary>Reads CSV text (already decoded).</summary>
        public static CsvDocument Parse(string text)
        {
            var reader = new CsvReader(text);
            var records = new List<CsvRecord>();
            var fields = new List<string>();
            while (reader.Read(fields, out var defect))
            {
                records.Add(new CsvRecord(reader.RecordNumber, reader.Line, fields.ToArray(), defect));
            }

            return new CsvDocument(records);
        }
    }
}
