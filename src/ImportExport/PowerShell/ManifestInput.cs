using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using ImportExport.IE;
using ImportExport.Manifest;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Reads a manifest given as text (-Manifest) or as a file (-ManifestPath) and checks it with the
    /// same validator the service emulator and Test-IEManifest use, so a broken manifest is reported
    /// — every problem, with its line — before anything is sent.
    /// </summary>
    internal static class ManifestInput
    {
        public const string TextParameterSet = "ManifestText";
        public const string FileParameterSet = "ManifestFile";
        public const string LiteralFileParameterSet = "ManifestLiteralFile";

        /// <summary>The manifest file the cmdlet was given: -LiteralPath in <see cref="LiteralFileParameterSet"/>, -ManifestPath in <see cref="FileParameterSet"/>, else none.</summary>
        public static (string? Path, bool Literal) PathOf(PSCmdlet cmdlet, string manifestPath, string literalPath) => cmdlet.ParameterSetName switch
        {
            LiteralFileParameterSet => (literalPath, true),
            FileParameterSet => (manifestPath, false),
            _ => (null, false),
        };

        /// <summary>
        /// Returns the manifest text, or writes error records and returns null. <paramref name="literal"/> says whether
        /// <paramref name="manifestPath"/> came from -LiteralPath (taken as written) rather than -ManifestPath (wildcards).
        /// </summary>
        public static string? Read(PSCmdlet cmdlet, string? manifestText, string? manifestPath, bool literal, JobType jobType, bool skipValidation, object? target)
        {
            string text;
            string source;
            if (manifestPath is not null)
            {
                var parameter = literal ? "-LiteralPath" : "-ManifestPath";
                var resolved = ProviderPaths.FileToRead(cmdlet, manifestPath, literal, parameter, FileKind.ManifestFile);
                var fileText = resolved is null ? null : ReadResolved(cmdlet, resolved, parameter);
                if (fileText is null)
                {
                    return null;
                }

                source = resolved!;

                text = fileText;
            }
            else
            {
                text = manifestText ?? string.Empty;
                source = "-Manifest";

                // Text read from a file with a byte order mark (or pasted from one) starts with U+FEFF: not part of the YAML.
                if (text.Length > 0 && text[0] == '\uFEFF')
                {
                    text = text.Substring(1);
                }
            }

            WarnIfGarbled(cmdlet, text, source);
            if (skipValidation)
            {
                return text;
            }

            var result = ManifestValidator.Validate(text, jobType == JobType.Import ? ManifestJobType.Import : ManifestJobType.Export);
            if (result.IsValid)
            {
                return text;
            }

            foreach (var problem in result.Problems)
            {
                // The validator's message already ends with the line ("... (line 3)."): said once.
                cmdlet.WriteError(ErrorCatalogue.ManifestProblem(problem, source, target));
            }

            return null;
        }

        /// <summary>Reads one manifest file found by <see cref="ProviderPaths"/>, or writes an error and returns null.</summary>
        public static string? ReadResolved(PSCmdlet cmdlet, string resolved, string parameter)
        {
            try
            {
                var info = new FileInfo(resolved);
                if (info.Length > ManifestValidator.MaxManifestBytes)
                {
                    cmdlet.WriteError(ErrorCatalogue.ManifestTooLarge(resolved, info.Length, parameter));
                    return null;
                }

                return File.ReadAllText(resolved, new UTF8Encoding(false, true));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is DecoderFallbackException)
            {
                cmdlet.WriteError(ErrorCatalogue.ManifestFileUnreadable(resolved, parameter, ex));
                return null;
            }
        }

        /// <summary>Warns when the text looks like UTF-8 read as ANSI (see <see cref="ManifestMojibake"/>).</summary>
        public static void WarnIfGarbled(PSCmdlet cmdlet, string text, string source)
        {
            var warning = ManifestMojibake.Warning(text, source);
            if (warning is not null)
            {
                cmdlet.WriteWarning(warning);
            }
        }

        /// <summary>
        /// Warns when the manifest text is one line that names an existing file ('./m.yaml' | Test-IEManifest): the
        /// path was taken as the manifest's text, which is surely not what was meant.
        /// </summary>
        public static void WarnIfPath(PSCmdlet cmdlet, string text, string fileParameter)
        {
            var candidate = text.Trim();
            if (candidate.Length == 0 || candidate.Length > 1024 || candidate.IndexOf('\n') >= 0 || candidate.IndexOf(':') == candidate.Length - 1)
            {
                return;
            }

            string resolved;
            try
            {
                resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(candidate);
            }
            catch (Exception ex) when (ex is RuntimeException || ex is ArgumentException || ex is NotSupportedException || ex is IOException)
            {
                return;
            }

            if (File.Exists(resolved))
            {
                cmdlet.WriteWarning($"The manifest text '{PrintableText.Of(candidate, 200)}' is the path of a file and was checked as manifest text. Did you mean {fileParameter}? {fileParameter} {CommandText.Literal(candidate)}, or Get-Item {CommandText.Literal(candidate)} | {cmdlet.MyInvocation.MyCommand.Name}.");
            }
        }

        /// <summary>A short description of the manifest for ShouldProcess messages.</summary>
        public static string Describe(string? manifestText, string? manifestPath)
        {
            if (manifestPath is not null)
            {
                return $"manifest file {manifestPath}";
            }

            var lines = (manifestText ?? string.Empty).Split('\n').Length;
            var device = (manifestText ?? string.Empty).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("deviceId:", StringComparison.Ordinal));
            return device is null ? $"manifest text ({lines} lines)" : $"manifest text ({device})";
        }
    }
}
