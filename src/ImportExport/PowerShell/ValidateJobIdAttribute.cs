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
                    throw ErrorCatalogue.JobIdEmpty();
                }

                if (id.Length > MaxLength)
                {
                    throw ErrorCatalogue.JobIdTooLong(id, MaxLength);
                }

                for (var i = 0; i < id.Length; i++)
                {
                    var c = id[i];
                    if (char.IsControl(c) || char.IsWhiteSpace(c))
                    {
                        throw ErrorCatalogue.JobIdHasSpace(id, c);
                    }

                    // Invisible characters (zero-width space, byte order mark, bidirectional overrides) make an id look
                    // like another; a lone surrogate is not text at all.
                    var lone = char.IsSurrogate(c) && !char.IsSurrogatePair(id, i > 0 && char.IsLowSurrogate(c) ? i - 1 : i);
                    if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || lone)
                    {
                        throw ErrorCatalogue.JobIdHasInvisible(id, c);
                    }
                }
            }
        }
    }
}
