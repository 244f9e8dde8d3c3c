using System;
using System.IO;
using System.Management.Automation;
using ImportExport.Manifest;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Import/Export manifests: text the validator refuses (its problem's code as the error id), a file too large or
    /// not UTF-8, an empty -Manifest, and New-IEManifest's parameters that would make a manifest the service refuses.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>A problem of a manifest read from <paramref name="source"/> (a file, or -Manifest); the validator's message ends with the line.</summary>
        public static ErrorRecord ManifestProblem(ManifestProblem problem, string source, object? target)
        {
            var message = $"Manifest {source}: {problem.Message}";
            return Record(new InvalidDataException(message),
                problem.Kind == ManifestProblemKind.Malformed ? ErrorIds.ManifestNotYaml : problem.ErrorCode,
                ErrorCategory.InvalidData, target ?? source,
                message, "Fix the manifest and try again; -SkipManifestValidation sends it unchecked.");
        }

        /// <summary>A manifest file over the service's size limit (not read).</summary>
        public static ErrorRecord ManifestTooLarge(string file, long length, string parameter) =>
            Record(new InvalidDataException($"The manifest file '{file}' is {length} bytes; a manifest has at most {ManifestValidator.MaxManifestBytes} bytes ({parameter})."),
                ErrorIds.ManifestTooLarge, ErrorCategory.InvalidData, file);

        /// <summary>A manifest file that cannot be read, or is not UTF-8; <paramref name="failure"/> says why.</summary>
        public static ErrorRecord ManifestFileUnreadable(string file, string parameter, Exception failure) =>
            Record(new IOException($"The manifest file '{file}' cannot be read as UTF-8 text ({parameter}): {failure.Message}", failure),
                FileKind.ManifestFile.IdPrefix + ErrorIds.UnreadableSuffix, ErrorCategory.ReadError, file);

        /// <summary>-Manifest given as empty or white space.</summary>
        public static ErrorRecord EmptyManifest() =>
            Record(new ArgumentException("-Manifest is empty. Give the manifest's text (Get-Content -Raw), or its file with -ManifestPath."),
                ErrorIds.EmptyManifest, ErrorCategory.InvalidArgument, "-Manifest");

        /// <summary>
        /// A problem of the manifest New-IEManifest would write, said in terms of the parameter that gives the field
        /// (target <c>-Parameter</c>), or of the field when no parameter gives it.
        /// </summary>
        public static ErrorRecord ManifestParameterProblem(ManifestProblem problem)
        {
            var parameter = ManifestFieldParameters.Of(problem.Field);
            var message = parameter is null
                ? $"The manifest would be refused: {problem.Field} {problem.Rule}."
                : $"-{parameter}: the manifest field {problem.Field} {problem.Rule}.";
            return Record(new ArgumentException(message), problem.ErrorCode, ErrorCategory.InvalidArgument, parameter is null ? problem.Field : "-" + parameter,
                message, parameter is null ? "Check the parameters against the manifest rules in Get-Help New-IEManifest." : $"Give a valid -{parameter}.");
        }

        /// <summary>A New-IEManifest parameter of the other job type (<paramref name="jobType"/> is Import or Export).</summary>
        public static ErrorRecord ParameterNotForJobType(string parameter, string jobType) =>
            ManifestParameter($"-{parameter} applies to {(jobType == "Import" ? "Export" : "Import")} jobs only; this is an {jobType} manifest.",
                ErrorIds.ParameterNotForJobType, parameter);

        /// <summary>No -AccessKeyId and no credentials to take it from.</summary>
        public static ErrorRecord AccessKeyIdRequired() =>
            ManifestParameter("No -AccessKeyId was given and no credentials were found to take it from. The manifest must name the access key that will sign New-IEJob.",
                ErrorIds.AccessKeyIdRequired, "AccessKeyId");

        /// <summary>An -ExportOperation table the manifest cannot hold; <paramref name="failure"/> says which key.</summary>
        public static ErrorRecord InvalidExportOperation(ArgumentException failure) =>
            ManifestParameter("-ExportOperation: " + failure.Message, ErrorIds.InvalidExportOperation, "ExportOperation");

        /// <summary>A -Customs table the manifest cannot hold; <paramref name="failure"/> says which key.</summary>
        public static ErrorRecord InvalidCustomsField(ArgumentException failure) =>
            ManifestParameter("-Customs: " + failure.Message, ErrorIds.InvalidCustomsField, "Customs");

        private static ErrorRecord ManifestParameter(string message, string errorId, string parameter) =>
            Record(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, "-" + parameter);
    }
}
