using System.Globalization;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Rejects job ids that cannot be real before any request: empty or blank, control characters,
    /// or longer than any id the service issues. The binding error names the parameter.
    /// </summary>
    public sealed class ValidateJobIdAttribute : ValidateArgumentsAttribute
    {
        /// <summary>Generous: real ids are short (five characters); anything near this is a mistake.</summary>
        public const int MaxLength = 64;

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            foreach (var item in LanguagePrimitives.GetEnumerable(arguments) ?? new[] { arguments })
            {
                var id = LanguagePrimitives.ConvertTo<string>(item) ?? string.Empty;
                if (id.Trim().Length == 0)
                {
                    throw new ValidationMetadataException("A job id cannot be empty or blank.");
                }

                if (id.Length > MaxLength)
                {
                    throw new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture, "A job id has at most {0} characters; this one has {1}.", MaxLength, id.Length));
                }

                for (var i = 0; i < id.Length; i++)
                {
                    var c = id[i];
                    if (char.IsControl(c) || char.IsWhiteSpace(c))
                    {
                        throw new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture, "The job id '{0}' contains a space or control character (U+{1:X4}).", PrintableText.Of(id), (int)c));
                    }

                    // Invisible characters (zero-width space, byte order mark, bidirectional overrides) make an id look
                    // like another; a lone surrogate is not text at all.
                    var lone = char.IsSurrogate(c) && !char.IsSurrogatePair(id, i > 0 && char.IsLowSurrogate(c) ? i - 1 : i);
                    if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || lone)
                    {
                        throw new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture, "The job id '{0}' contains an invisible or invalid character (U+{1:X4}).", PrintableText.Of(id), (int)c));
                    }
                }
            }
        }
    }
}
