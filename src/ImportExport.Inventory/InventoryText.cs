using System.Globalization;
using System.Text;

namespace ImportExport.Inventory
{
    /// <summary>How a problem's words show a value from the file: quoted, with what cannot be seen made visible, cut to a readable length.</summary>
    public static class InventoryText
    {
        /// <summary>Values longer than this are cut, with the number of characters left out.</summary>
        public const int MaxQuotedLength = 80;

        /// <summary>
        /// <paramref name="value"/> in single quotes: line breaks, tabs and other control characters escaped
        /// (<c>\n</c>, <c>\t</c>, <c>\u00a0</c> for a no-break space), so that a trailing space or an invisible character
        /// is seen; longer than <see cref="MaxQuotedLength"/>, cut with the count of the rest.
        /// </summary>
        public static string Quote(string? value)
        {
            if (value == null)
            {
                return "''";
            }

            var text = new StringBuilder(value.Length + 2).Append('\'');
            var end = value.Length > MaxQuotedLength ? MaxQuotedLength : value.Length;
            for (var i = 0; i < end; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\'': text.Append("\\'"); break;
                    case '\\': text.Append("\\\\"); break;
                    default:
                        if (char.IsControl(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('\'');
            if (end < value.Length)
            {
                text.Append("… (").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
            }

            return text.ToString();
        }
    }
}
