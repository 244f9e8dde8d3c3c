using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ImportExport.Manifest
{
    /// <summary>
    /// Validates an AWS Import/Export manifest (S3 import/export, manifestVersion 2.0) against the rules of the
    /// developer guide. The one validator behind the emulator, New-IEJob's local check and Test-IEManifest: it reports
    /// every problem at once, each with a field path, the rule and the YAML line, so a user fixes a manifest in one pass.
    /// </summary>
    public static class ManifestValidator
    {
        /// <summary>
        /// 1 MiB. Real manifests are a few hundred bytes; even one with long customs text and many operations stays
        /// far below this. The cap exists so a pasted file of the wrong kind, or hostile input, is refused before it is
        /// parsed, and it stays under ASP.NET Core's default 4 MiB form-value limit for the URL-encoded form.
        /// </summary>
        public const int MaxManifestBytes = 1024 * 1024;

        /// <summary>Longest S3 key: logPrefix + "import-log-"/"export-log-" + the job id must fit in it.</summary>
        public const int MaxLogKeyBytes = 1024;

        /// <summary>"import-log-" and "export-log-" are both 11 bytes; job ids are 5 characters.</summary>
        public const int MaxLogPrefixBytes = MaxLogKeyBytes - 11 - 5;

        /// <summary>Validates <paramref name="manifestText"/> as a manifest for a job of <paramref name="jobType"/>. Never throws for bad input.</summary>
        public static ManifestValidationResult Validate(string manifestText, ManifestJobType jobType)
        {
            if (manifestText == null || manifestText.Trim().Length == 0)
            {
                return Malformed("the manifest is empty", 1);
            }

            // A byte order mark left by the reader (pasted text, Get-Content of a BOM file) is not part of the YAML, for
            // every caller: the cmdlets, Test-IEManifest -Manifest and the emulator alike.
            manifestText = manifestText.TrimStart('\uFEFF');

            // Length in chars is a lower bound of the UTF-8 size, so the cheap check goes first.
            if (manifestText.Length > MaxManifestBytes || Encoding.UTF8.GetByteCount(manifestText) > MaxManifestBytes)
            {
                return Malformed($"the manifest is larger than {MaxManifestBytes} bytes", null);
            }

            ManifestNode root;
            try
            {
                root = ManifestYamlReader.Read(manifestText);
            }
            catch (ManifestYamlException ex)
            {
                return Malformed(ex.Message, ex.Line);
            }

            if (root.Kind != ManifestNodeKind.Mapping)
            {
                return Malformed("the manifest must be a YAML mapping of field: value", root.Line);
            }

            var check = new ManifestChecker(jobType);
            check.Run(root);

            var problems = check.Problems
                .Select((p, i) => (p, i))
                .OrderBy(x => x.p.Line ?? int.MaxValue)
                .ThenBy(x => x.i)
                .Select(x => x.p)
                .ToList();

            var accessKey = root.Get("accessKeyId");
            return new ManifestValidationResult(
                problems.AsReadOnly(),
                (IReadOnlyDictionary<string, object?>)root.ToPlainObject()!,
                accessKey?.Kind == ManifestNodeKind.Scalar ? accessKey.Value : null,
                check.Buckets.AsReadOnly());
        }

        private static ManifestValidationResult Malformed(string rule, int? line)
        {
            var problem = new ManifestProblem(string.Empty, rule, line, ManifestProblemKind.Malformed, "The manifest is malformed: " + rule + (line.HasValue ? $" (line {line})." : "."));
            return new ManifestValidationResult(new[] { problem }, null, null, Array.Empty<string>());
        }
    }
}
