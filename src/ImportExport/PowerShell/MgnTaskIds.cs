using System.Management.Automation;
using System.Text.RegularExpressions;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The service's pattern for MGN task ids: <c>import-</c> or <c>export-</c> followed by 17 letters or digits. The one
    /// place -ImportId, -ExportId and -ImportArn check it, so an id refused by one is refused by all.
    /// </summary>
    internal static class MgnTaskIds
    {
        private static readonly Regex Pattern = new Regex("^(?<noun>import|export)-[0-9a-zA-Z]{17}$", RegexOptions.CultureInvariant);

        /// <summary>Whether <paramref name="id"/> can be the id of an MGN <paramref name="noun"/> ("import" or "export").</summary>
        public static bool Is(string id, string noun)
        {
            var match = Pattern.Match(id);
            return match.Success && match.Groups["noun"].Value == noun;
        }

        /// <summary>
        /// An id parameter's check (<paramref name="arguments"/>: one id or several): a binding error that quotes the first
        /// id that cannot be an MGN <paramref name="noun"/>'s, before any request.
        /// </summary>
        public static void Validate(object arguments, string noun)
        {
            foreach (var item in LanguagePrimitives.GetEnumerable(arguments) ?? new[] { arguments })
            {
                var id = LanguagePrimitives.ConvertTo<string>(item) ?? string.Empty;
                if (!Is(id, noun))
                {
                    throw ErrorCatalogue.NotAnMgnId(id, noun);
                }
            }
        }
    }
}
