using System.Globalization;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// User input quoted back in a message: control, format and surrogate characters (a pasted zero-width space, a
    /// stray escape sequence) become '?', so the message shows what was typed instead of acting on the terminal.
    /// </summary>
    internal static class PrintableText
    {
        public static string Of(string text, int maxLength = int.MaxValue)
        {
            var shown = text.Length > maxLength ? text.Substring(0, maxLength) : text;
            var chars = shown.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                switch (CharUnicodeInfo.GetUnicodeCategory(chars[i]))
                {
                    case UnicodeCategory.Control:
                    case UnicodeCategory.Format:
                    case UnicodeCategory.Surrogate:
                    case UnicodeCategory.PrivateUse:
                    case UnicodeCategory.OtherNotAssigned:
                        chars[i] = '?';
                        break;
                }
            }

            return new string(chars) + (shown.Length < text.Length ? "..." : string.Empty);
        }
    }
}
