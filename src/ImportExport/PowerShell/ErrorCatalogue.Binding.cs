using System.Globalization;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Values refused while PowerShell binds a parameter (a validation or transformation attribute): PowerShell makes
    /// the ErrorRecord (ParameterArgumentValidationError, ParameterArgumentTransformationError, with the parameter's
    /// name), the words are these.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>An empty or blank job id.</summary>
        public static ValidationMetadataException JobIdEmpty() => new ValidationMetadataException("A job id cannot be empty or blank.");

        /// <summary>A job id over <paramref name="maxLength"/> characters.</summary>
        public static ValidationMetadataException JobIdTooLong(string id, int maxLength) =>
            new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture, "A job id has at most {0} characters; this one has {1}.", maxLength, id.Length));

        /// <summary>A job id with a space or control character <paramref name="c"/>.</summary>
        public static ValidationMetadataException JobIdHasSpace(string id, char c) =>
            new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture, "The job id '{0}' contains a space or control character (U+{1:X4}).", PrintableText.Of(id), (int)c));

        /// <summary>A job id with an invisible character or a lone surrogate <paramref name="c"/>.</summary>
        public static ValidationMetadataException JobIdHasInvisible(string id, char c) =>
            new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture, "The job id '{0}' contains an invisible or invalid character (U+{1:X4}).", PrintableText.Of(id), (int)c));

        /// <summary>An id that cannot be an MGN <paramref name="noun"/>'s (import, export).</summary>
        public static ValidationMetadataException NotAnMgnId(string id, string noun) =>
            new ValidationMetadataException(
                $"'{PrintableText.Of(id, 40)}' is not an MGN {noun} id: an {noun} id is '{noun}-' followed by 17 letters or digits, for example {noun}-1a2b3c4d5e6f7g8h9.");

        /// <summary>
        /// An object given for an id parameter that is neither text nor has the id's property: <paramref name="rule"/>
        /// says what the parameter takes; an object with an Id is told to pass that.
        /// </summary>
        public static ArgumentTransformationMetadataException NotAnId(string rule, string typeName, string property, bool hasId) =>
            new ArgumentTransformationMetadataException(string.Format(
                CultureInfo.InvariantCulture,
                "{0}; a {1} is neither{2}.",
                rule,
                typeName,
                hasId ? $". If its Id is the {property}, pass that: -{property} $object.Id" : string.Empty));

        /// <summary>A time span parameter given something that is neither seconds nor a time span.</summary>
        public static ArgumentTransformationMetadataException NotSecondsNorTimeSpan(object value) =>
            new ArgumentTransformationMetadataException($"'{value}' is neither a number of seconds (90, 0.5) nor a time span (00:05:00).");

        /// <summary>A number of seconds that no time span holds (NaN, infinite, too large).</summary>
        public static ArgumentTransformationMetadataException SecondsUnusable(object value) =>
            new ArgumentTransformationMetadataException($"'{value}' seconds is not a usable time span.");

        /// <summary>An -Encoding that cannot be used; <paramref name="why"/> says why.</summary>
        public static ArgumentTransformationMetadataException EncodingUnusable(object given, string why) =>
            new ArgumentTransformationMetadataException($"-Encoding '{given}' cannot be used: {why}.");
    }
}
