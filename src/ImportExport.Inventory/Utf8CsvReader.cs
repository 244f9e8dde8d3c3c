using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace ImportExport.Inventory
{
    /// <summary>
    /// Reads the records of a file's UTF-8 bytes one at a time, by the rules <see cref="CsvReader"/> applies to text:
    /// the bytes are checked to be UTF-8 up front without decoding them into one string (a file's worth of text is a
    /// large-object allocation, and in pwsh those brought a full collection every second check), and each field is
    /// decoded on its own. Every delimiter is ASCII, which in UTF-8 never occurs inside a multi-byte character, so
    /// a field cut out of the bytes decodes to exactly the text <see cref="CsvReader"/> would cut out of the string.
    /// </summary>
    internal sealed class Utf8CsvReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        private readonly byte[] bytes;
        private readonly int end;
        private int i;
        private byte[]? scratch;
        private int scratchLength;

        // The previous record's field at each position, as bytes and as the string made from them: most columns
        // repeat from row to row (a wave, an application, a platform), and reusing the string spares making it again.
        private int[] lastStart = new int[8];
        private int[] lastLength = new int[8];
        private string?[] lastValue = new string?[8];

        /// <summary>Checks that <paramref name="bytes"/> are CSV text; bytes that are not throw <see cref="NotCsvException"/>.</summary>
        public Utf8CsvReader(byte[] bytes)
        {
            // The order of the refusals is CsvDocument.Decode's, then CsvReader's: UTF-16, not UTF-8, NUL.
            var offset = CsvDocument.TextStart(bytes);
            try
            {
                StrictUtf8.GetCharCount(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException)
            {
                throw new NotCsvException(Utf8Position.Describe(bytes, offset));
            }

            // In UTF-8 a zero byte is the NUL character and nothing else.
            if (System.Array.IndexOf(bytes, (byte)0, offset) >= 0)
            {
                throw new NotCsvException("the file contains NUL characters (binary data)");
            }

            this.bytes = bytes;
            i = offset;
            end = bytes.Length;
        }

        /// <summary>
        /// The row of the record last read as a spreadsheet shows it: the first is 1, and a blank line is a row too
        /// (empty, skipped).
        /// </summary>
        public int RecordNumber { get; private set; }

        /// <summary>The line of the file the record last read starts on: its row plus the line breaks inside quoted fields before it.</summary>
        public int Line { get; private set; }

        // Line feeds inside quoted fields so far: what makes a line number differ from a row number.
        private int quotedBreaks;

        /// <summary>Fills <paramref name="fields"/> with the next record's fields; false at the end of the bytes.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool Read(List<string> fields, out string? defect)
        {
            fields.Clear();
            defect = null;
            var recordHasContent = false;
            var startBreaks = quotedBreaks;
            while (true)
            {
                if (i >= end && fields.Count == 0)
                {
                    return false;
                }

                string field;
                if (i < end && bytes[i] == '"')
                {
                    recordHasContent = true;
                    field = ReadQuoted(fields.Count, ref defect);
                }
                else
                {
                    var start = i;
                    i = ScanUnquoted(i, ref defect);
                    recordHasContent |= i > start;
                    field = Field(fields.Count, start, i - start);
                }

                fields.Add(field);
                if (i < end && bytes[i] == ',')
                {
                    recordHasContent = true;
                    i++;
                    continue;
                }

                // ScanUnquoted stops only at a comma, a line feed, CR LF or the end.
                if (i < end)
                {
                    i += bytes[i] == '\r' ? 2 : 1;
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
        [MethodImpl(HotPath.Optimized)]
        private int ScanUnquoted(int at, ref string? defect)
        {
            for (; at < end; at++)
            {
                var c = bytes[at];
                if (c == ',' || c == '\n' || (c == '\r' && at + 1 < end && bytes[at + 1] == '\n'))
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
        // defective. Only a field in several pieces is gathered in the scratch buffer before it is decoded.
        [MethodImpl(HotPath.Optimized)]
        private string ReadQuoted(int position, ref string? defect)
        {
            var open = i++;
            var start = i;
            var pieces = false;
            int quote;
            while (true)
            {
                quote = System.Array.IndexOf(bytes, (byte)'"', i, end - i);
                if (quote < 0)
                {
                    throw new NotCsvException($"the quoted field that starts on line {LineOf(open)} is never closed");
                }

                if (quote + 1 < end && bytes[quote + 1] == '"')
                {
                    if (!pieces)
                    {
                        scratchLength = 0;
                        pieces = true;
                    }

                    Gather(i, quote + 1 - i);
                    i = quote + 2;
                    continue;
                }

                break;
            }

            // Line breaks inside the quotes: the next records start that many lines further down.
            for (var k = System.Array.IndexOf(bytes, (byte)'\n', open + 1, quote - open - 1); k >= 0; k = System.Array.IndexOf(bytes, (byte)'\n', k + 1, quote - k - 1))
            {
                quotedBreaks++;
            }

            var closed = i;
            i = quote + 1;
            var after = i;
            while (i < end && bytes[i] != ',' && bytes[i] != '\r' && bytes[i] != '\n')
            {
                defect = defect ?? "text follows the closing quote of a field";
                i++;
            }

            // A CR not followed by LF after the quoted part: the field goes on as unquoted text.
            i = ScanUnquoted(i, ref defect);
            if (!pieces && i == after)
            {
                return Field(position, start, quote - start);
            }

            if (!pieces)
            {
                scratchLength = 0;
            }

            Gather(closed, quote - closed);
            Gather(after, i - after);
            return StrictUtf8.GetString(scratch!, 0, scratchLength);
        }

        // A field in one piece: the string the same bytes made in the previous record, or a new one.
        [MethodImpl(HotPath.Optimized)]
        private string Field(int position, int start, int length)
        {
            if (length == 0)
            {
                return string.Empty;
            }

            if (position >= lastValue.Length)
            {
                System.Array.Resize(ref lastStart, position * 2);
                System.Array.Resize(ref lastLength, position * 2);
                System.Array.Resize(ref lastValue, position * 2);
            }

            if (lastLength[position] == length && lastValue[position] is string same && SameBytes(lastStart[position], start, length))
            {
                return same;
            }

            var value = StrictUtf8.GetString(bytes, start, length);
            lastStart[position] = start;
            lastLength[position] = length;
            lastValue[position] = value;
            return value;
        }

        [MethodImpl(HotPath.Optimized)]
        private bool SameBytes(int a, int b, int length)
        {
            for (var k = 0; k < length; k++)
            {
                if (bytes[a + k] != bytes[b + k])
                {
                    return false;
                }
            }

            return true;
        }

        private void Gather(int from, int length)
        {
            if (scratch == null || scratchLength + length > scratch.Length)
            {
                System.Array.Resize(ref scratch, System.Math.Max(256, (scratchLength + length) * 2));
            }

            System.Buffer.BlockCopy(bytes, from, scratch!, scratchLength, length);
            scratchLength += length;
        }

        private int LineOf(int at)
        {
            var line = 1;
            for (var k = 0; k < at; k++)
            {
                if (bytes[k] == '\n')
                {
                    line++;
                }
            }

            return line;
        }
    }
}
