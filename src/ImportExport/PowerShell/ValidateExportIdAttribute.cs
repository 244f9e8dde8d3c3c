using System.Management.Automation;
using System.Text.RegularExpressions;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Rejects MGN export ids that cannot be real before any request: the service's pattern is
    /// <c>export-</c> followed by 17 letters or digits. The binding error names the parameter and the id.
    /// </summary>
    public sealed class ValidateExportIdAttribute : ValidateArgumentsAttribute
    {
        private static readonly Regex Pattern = new Regex("^export-[0-9a-zA-Z]{17}$", RegexOptions.CultureInvariant);

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            foreach (var item in LanguagePrimitives.GetEnumerable(arguments) ?? new[] { arguments })
            {
                var id = LanguagePrimitives.ConvertTo<string>(item) ?? string.Empty;
                if (!Pattern.IsMatch(id))
                {
                    throw new ValidationMetadataException(
                        $"'{PrintableText.Of(id, 40)}' is not an MGN export id: an export id is 'export-' followed by 17 letters or digits, for example export-1a2b3c4d5e6f7g8h9.");
                }
            }
        }
    }
}
