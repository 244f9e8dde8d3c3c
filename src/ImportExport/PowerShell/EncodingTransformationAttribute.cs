using System;
using System.Globalization;
using System.Management.Automation;
using System.Text;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Lets an -Encoding parameter take what Get-Content -Encoding takes: an Encoding object, a code page number
    /// (<c>1252</c>, <c>850</c>), PowerShell's names (<c>utf8</c>, <c>utf8BOM</c>, <c>utf8NoBOM</c>, <c>ansi</c>,
    /// <c>oem</c>, <c>unicode</c>, <c>bigendianunicode</c>, <c>utf32</c>, <c>bigendianutf32</c>, <c>ascii</c>,
    /// <c>latin1</c>) or any name .NET knows (<c>windows-1252</c>, <c>ibm850</c>). PowerShell's own transformation for
    /// this is not in the 5.1 API the module builds against, hence this one.
    /// </summary>
    public sealed class EncodingTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>The names offered by completion, as Get-Content offers them.</summary>
        internal static readonly string[] Names = { "ansi", "ascii", "bigendianunicode", "bigendianutf32", "latin1", "oem", "unicode", "utf32", "utf8", "utf8BOM", "utf8NoBOM", "1252", "850" };

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case Encoding encoding:
                    return encoding;
                case int codePage:
                    return FromCodePage(codePage, value);
                case string text:
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        return FromCodePage(number, text);
                    }

                    return FromName(text.Trim());
                default:
                    if (value is IConvertible && !(value is bool))
                    {
                        try
                        {
                            return FromCodePage(Convert.ToInt32(value, CultureInfo.InvariantCulture), value);
                        }
                        catch (Exception ex) when (ex is FormatException || ex is InvalidCastException || ex is OverflowException)
                        {
                        }
                    }

                    throw Refuse(value, "it is not an encoding name or a code page number");
            }
        }

        private static Encoding FromName(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "utf8":
                case "utf8nobom":
                case "default":
                    return new UTF8Encoding(false);
                case "utf8bom":
                    return new UTF8Encoding(true);
                case "ascii":
                    return Encoding.ASCII;
                case "unicode":
                    return Encoding.Unicode;
                case "bigendianunicode":
                    return Encoding.BigEndianUnicode;
                case "utf32":
                    return Encoding.UTF32;
                case "bigendianutf32":
                    return new UTF32Encoding(true, true);
                case "latin1":
                    return FromCodePage(28591, name);
                case "ansi":
                    return FromCodePage(CultureInfo.CurrentCulture.TextInfo.ANSICodePage, name);
                case "oem":
                    return FromCodePage(CultureInfo.CurrentCulture.TextInfo.OEMCodePage, name);
            }

            try
            {
                return Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                throw Refuse(name, "it is not an encoding name this system knows (try a code page number such as 1252 or 850, or utf8, unicode, oem, ansi)");
            }
        }

        private static Encoding FromCodePage(int codePage, object given)
        {
            try
            {
                return Encoding.GetEncoding(codePage);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException)
            {
                throw Refuse(given, $"code page {codePage} is not available on this system");
            }
        }

        private static ArgumentTransformationMetadataException Refuse(object given, string why) => ErrorCatalogue.EncodingUnusable(given, why);
    }
}
