namespace ImportExport.PowerShell
{
    /// <summary>
    /// Values written into the commands that messages suggest, so that the command can be pasted as it is: a path with
    /// a space or a quote in it ("./waves/Wave *.csv") stays one argument.
    /// </summary>
    internal static class CommandText
    {
        // PowerShell also reads the typographic single quotes as quotes; each is doubled like ' to stay literal.
        private static readonly char[] Quotes = { '\'', '\u2018', '\u2019', '\u201A', '\u201B' };

        /// <summary><paramref name="value"/> as a single-quoted PowerShell string (no variable or wildcard is expanded by the quoting).</summary>
        public static string Literal(string value)
        {
            var quoted = new System.Text.StringBuilder(value.Length + 2).Append('\'');
            foreach (var c in value)
            {
                quoted.Append(c);
                if (System.Array.IndexOf(Quotes, c) >= 0)
                {
                    quoted.Append(c);
                }
            }

            return quoted.Append('\'').ToString();
        }
    }
}
