using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

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

        private static readonly string[] CommonRequired = { "manifestVersion", "accessKeyId", "deviceId", "returnAddress" };
        private static readonly string[] ImportRequired = { "bucket", "eraseDevice" };
        private static readonly string[] ExportRequired = { "logBucket", "fileSystem", "operations" };
        private static readonly string[] AddressRequired = { "name", "street1", "city", "postalCode", "phoneNumber", "country" };
        private static readonly string[] AddressScalars = { "name", "company", "street1", "street2", "street3", "city", "stateOrProvince", "postalCode", "phoneNumber", "country" };
        private static readonly string[] StreetFields = { "street1", "street2", "street3" };
        private static readonly string[] OperationScalars = { "exportBucket", "prefix", "beginMarker", "endMarker", "targetDirectory", "recoveryDirectory" };

        // Countries whose postal system needs a state or province on the label.
        private static readonly HashSet<string> CountriesNeedingState = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "US", "USA", "United States", "United States of America", "CA", "Canada",
        };

        private static readonly HashSet<string> ServiceLevels = new HashSet<string>(StringComparer.Ordinal) { "standard", "expeditedShipping" };

        private static readonly HashSet<string> FileSystems = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "NTFS", "EXT4", "EXT3", "EXT2", "FAT32" };

        private static readonly HashSet<string> CannedAcls = new HashSet<string>(StringComparer.Ordinal)
        {
            "private", "public-read", "public-read-write", "authenticated-read", "bucket-owner-read", "bucket-owner-full-control", "log-delivery-write",
        };

        // "PO Box", "P.O. Box", "P O Box", "Post Office Box", "POB 12": carriers cannot deliver a device to them.
        private static readonly Regex PoBox = new Regex(@"\b(p\.?\s*o\.?\s*box|post\s+office\s+box|pob\s+\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly Regex Email = new Regex(@"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly Regex AccessKeyShape = new Regex(@"^[A-Z0-9]{16,128}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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

            var check = new Checker(jobType);
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

        /// <summary>Walks one parsed manifest collecting problems; one instance per validation.</summary>
        private sealed class Checker
        {
            private readonly ManifestJobType jobType;

            public Checker(ManifestJobType jobType) => this.jobType = jobType;

            public List<ManifestProblem> Problems { get; } = new List<ManifestProblem>();

            public List<string> Buckets { get; } = new List<string>();

            public void Run(ManifestNode root)
            {
                RequireAll(root, string.Empty, CommonRequired);
                RequireAll(root, string.Empty, jobType == ManifestJobType.Import ? ImportRequired : ExportRequired);

                if (Scalar(root, string.Empty, "manifestVersion") is { } version && version.Value != null && version.Value.Trim() != "2.0")
                {
                    Invalid("manifestVersion", "must be 2.0 for Amazon S3 import and export jobs", version.Line);
                }

                if (Scalar(root, string.Empty, "accessKeyId") is { } key && key.Value != null && !AccessKeyShape.IsMatch(key.Value.Trim()))
                {
                    Invalid("accessKeyId", "must be an AWS access key id (16 to 128 uppercase letters and digits)", key.Line);
                }

                Scalar(root, string.Empty, "deviceId");
                CheckReturnAddress(root.Get("returnAddress"));

                CheckBucket(root, "bucket");
                CheckBucket(root, "logBucket");

                if (Scalar(root, string.Empty, "eraseDevice") is { } erase && erase.Value != null)
                {
                    var text = erase.Value.Trim();
                    if (!string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase) && !string.Equals(text, "no", StringComparison.OrdinalIgnoreCase))
                    {
                        Invalid("eraseDevice", "must be yes or no", erase.Line);
                    }
                }

                if (Scalar(root, string.Empty, "logPrefix") is { } prefix && prefix.Value != null && Encoding.UTF8.GetByteCount(prefix.Value) > MaxLogPrefixBytes)
                {
                    Invalid("logPrefix", $"must be at most {MaxLogPrefixBytes} bytes so that logPrefix + {(jobType == ManifestJobType.Import ? "import" : "export")}-log- + job id fits in a 1024-byte key", prefix.Line);
                }

                if (Scalar(root, string.Empty, "notificationEmail") is { } email && email.Value != null)
                {
                    var addresses = email.Value.Split(';').Select(a => a.Trim()).ToList();
                    if (addresses.Any(a => a.Length == 0 || !Email.IsMatch(a)))
                    {
                        Invalid("notificationEmail", "must be one or more e-mail addresses separated by semicolons (;)", email.Line);
                    }
                }

                if (Scalar(root, string.Empty, "serviceLevel") is { } level && level.Value != null && !ServiceLevels.Contains(level.Value.Trim()))
                {
                    Invalid("serviceLevel", "must be standard or expeditedShipping", level.Line);
                }

                if (Scalar(root, string.Empty, "acl") is { } acl && acl.Value != null && !CannedAcls.Contains(acl.Value.Trim()))
                {
                    Invalid("acl", "must be a canned ACL: " + string.Join(", ", CannedAcls), acl.Line);
                }

                if (Scalar(root, string.Empty, "fileSystem") is { } fs && fs.Value != null && !FileSystems.Contains(fs.Value.Trim()))
                {
                    Invalid("fileSystem", "must be NTFS or EXT4 (EXT2, EXT3 and FAT32 are also accepted)", fs.Line);
                }

                foreach (var name in new[] { "generator", "cacheControl", "contentDisposition", "contentLanguage" })
                {
                    Scalar(root, string.Empty, name);
                }

                CheckContentTypes(root.Get("contentTypes"));
                CheckIgnore(root.Get("ignore"));
                CheckOperations(root);

                if (root.Get("customs") is { } customs && customs.Kind != ManifestNodeKind.Mapping && !customs.IsNullOrEmptyScalar)
                {
                    Invalid("customs", "must be a mapping of customs fields", customs.Line);
                }
            }

            private void CheckReturnAddress(ManifestNode? address)
            {
                if (address == null || address.IsNullOrEmptyScalar)
                {
                    return; // reported as missing already
                }

                if (address.Kind != ManifestNodeKind.Mapping)
                {
                    Invalid("returnAddress", "must be a mapping of address fields (name, street1, city, ...)", address.Line);
                    return;
                }

                RequireAll(address, "returnAddress.", AddressRequired);
                foreach (var name in AddressScalars)
                {
                    Scalar(address, "returnAddress.", name);
                }

                var country = address.Get("country");
                if (country?.Kind == ManifestNodeKind.Scalar && country.Value != null && CountriesNeedingState.Contains(country.Value.Trim()))
                {
                    var state = address.Get("stateOrProvince");
                    if (state == null || state.IsNullOrEmptyScalar)
                    {
                        Missing("returnAddress.stateOrProvince", "is required for addresses in the United States and Canada", state?.Line ?? address.KeyLine ?? address.Line);
                    }
                }

                foreach (var name in StreetFields)
                {
                    var street = address.Get(name);
                    if (street?.Kind == ManifestNodeKind.Scalar && street.Value != null && PoBox.IsMatch(street.Value))
                    {
                        Invalid("returnAddress." + name, "must be a street address; devices cannot be returned to a PO box", street.Line);
                    }
                }
            }

            private void CheckOperations(ManifestNode root)
            {
                var operations = root.Get("operations");
                if (operations == null || operations.IsNullOrEmptyScalar)
                {
                    return;
                }

                if (operations.Kind != ManifestNodeKind.Sequence)
                {
                    Invalid("operations", "must be a list of export operations", operations.Line);
                    return;
                }

                if (operations.Items.Count == 0)
                {
                    Invalid("operations", "must contain at least one operation", operations.Line);
                }

                for (var i = 0; i < operations.Items.Count; i++)
                {
                    var path = $"operations[{i}]";
                    var entry = operations.Items[i];
                    if (entry.Kind != ManifestNodeKind.Mapping)
                    {
                        Invalid(path, "must be a mapping with at least exportBucket", entry.Line);
                        continue;
                    }

                    RequireAll(entry, path + ".", new[] { "exportBucket" });
                    foreach (var name in OperationScalars)
                    {
                        Scalar(entry, path + ".", name);
                    }

                    CheckBucket(entry, "exportBucket", path + ".");
                }
            }

            private void CheckContentTypes(ManifestNode? node)
            {
                if (node == null || node.IsNullOrEmptyScalar)
                {
                    return;
                }

                if (node.Kind != ManifestNodeKind.Mapping)
                {
                    Invalid("contentTypes", "must be a mapping of file extension to MIME type", node.Line);
                    return;
                }

                foreach (var entry in node.Entries)
                {
                    if (entry.Value.Kind != ManifestNodeKind.Scalar || entry.Value.Value == null)
                    {
                        Invalid("contentTypes." + entry.Key.Value, "must be a MIME type", entry.Value.Line);
                    }
                }
            }

            private void CheckIgnore(ManifestNode? node)
            {
                if (node == null || node.IsNullOrEmptyScalar)
                {
                    return;
                }

                if (node.Kind != ManifestNodeKind.Sequence)
                {
                    Invalid("ignore", "must be a list of regular expressions", node.Line);
                    return;
                }

                for (var i = 0; i < node.Items.Count; i++)
                {
                    var item = node.Items[i];
                    if (item.Kind != ManifestNodeKind.Scalar || item.Value == null)
                    {
                        Invalid($"ignore[{i}]", "must be a regular expression", item.Line);
                        continue;
                    }

                    try
                    {
                        // Only compiled, never run against input here, so a pathological pattern costs nothing.
                        _ = new Regex(item.Value, RegexOptions.None, TimeSpan.FromSeconds(1));
                    }
                    catch (ArgumentException)
                    {
                        Invalid($"ignore[{i}]", "must be a valid regular expression", item.Line);
                    }
                }
            }

            private void CheckBucket(ManifestNode map, string name, string prefix = "")
            {
                var node = Scalar(map, prefix, name);
                if (node?.Value == null)
                {
                    return;
                }

                var bucket = node.Value.Trim();
                var rule = S3BucketName.Validate(bucket);
                if (rule != null)
                {
                    Invalid(prefix + name, "must be a valid S3 bucket name: it " + rule, node.Line);
                }
                else if (!Buckets.Contains(bucket))
                {
                    Buckets.Add(bucket);
                }
            }

            private void RequireAll(ManifestNode map, string prefix, IEnumerable<string> names)
            {
                foreach (var name in names)
                {
                    var value = map.Get(name);
                    if (value == null)
                    {
                        Missing(prefix + name, "is required", map.KeyLine ?? map.Line);
                    }
                    else if (value.IsNullOrEmptyScalar)
                    {
                        Missing(prefix + name, "is required and must not be empty", value.Line);
                    }
                }
            }

            /// <summary>Returns the field when it is a scalar; reports it when it is a list or mapping instead.</summary>
            private ManifestNode? Scalar(ManifestNode map, string prefix, string name)
            {
                var node = map.Get(name);
                if (node == null)
                {
                    return null;
                }

                if (node.Kind != ManifestNodeKind.Scalar)
                {
                    Invalid(prefix + name, "must be a single value, not a " + (node.Kind == ManifestNodeKind.Mapping ? "mapping" : "list"), node.Line);
                    return null;
                }

                return node;
            }

            private void Missing(string field, string rule, int? line) =>
                Problems.Add(new ManifestProblem(field, rule, line, ManifestProblemKind.MissingField, Describe(field, rule, line)));

            private void Invalid(string field, string rule, int? line) =>
                Problems.Add(new ManifestProblem(field, rule, line, ManifestProblemKind.InvalidField, Describe(field, rule, line)));

            private static string Describe(string field, string rule, int? line) =>
                $"Manifest field '{field}' {rule}" + (line.HasValue ? $" (line {line})." : ".");
        }
    }
}
