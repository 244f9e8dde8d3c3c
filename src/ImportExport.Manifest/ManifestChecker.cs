using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ImportExport.Manifest
{
    /// <summary>Walks one parsed manifest collecting problems; one instance per validation.</summary>
    internal sealed class ManifestChecker
    {
        private readonly ManifestJobType jobType;

        private readonly ManifestProblemList problems = new ManifestProblemList();

        public ManifestChecker(ManifestJobType jobType) => this.jobType = jobType;

        public List<ManifestProblem> Problems => problems.Items;

        public List<string> Buckets { get; } = new List<string>();

        public void Run(ManifestNode root)
        {
            problems.RejectUnknown(root, string.Empty, ManifestFieldNames.TopLevel);
            problems.RequireAll(root, string.Empty, ManifestFieldNames.CommonRequired);
            problems.RequireAll(root, string.Empty, jobType == ManifestJobType.Import ? ManifestFieldNames.ImportRequired : ManifestFieldNames.ExportRequired);

            if (problems.Scalar(root, string.Empty, "manifestVersion") is { } version && version.Value != null && version.Value.Trim() != "2.0")
            {
                problems.Invalid("manifestVersion", "must be 2.0 for Amazon S3 import and export jobs", version.Line);
            }

            if (problems.Scalar(root, string.Empty, "accessKeyId") is { } key && key.Value != null && !ManifestValueRules.AccessKeyShape.IsMatch(key.Value.Trim()))
            {
                problems.Invalid("accessKeyId", "must be an AWS access key id (16 to 128 uppercase letters and digits)", key.Line);
            }

            problems.Scalar(root, string.Empty, "deviceId");
            CheckReturnAddress(root.Get("returnAddress"));

            CheckBucket(root, "bucket");
            CheckBucket(root, "logBucket");

            if (problems.Scalar(root, string.Empty, "eraseDevice") is { } erase && erase.Value != null)
            {
                var text = erase.Value.Trim();
                if (!string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase) && !string.Equals(text, "no", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Invalid("eraseDevice", "must be yes or no", erase.Line);
                }
            }

            if (problems.Scalar(root, string.Empty, "logPrefix") is { } prefix && prefix.Value != null && Encoding.UTF8.GetByteCount(prefix.Value) > ManifestValidator.MaxLogPrefixBytes)
            {
                problems.Invalid("logPrefix", $"must be at most {ManifestValidator.MaxLogPrefixBytes} bytes so that logPrefix + {(jobType == ManifestJobType.Import ? "import" : "export")}-log- + job id fits in a 1024-byte key", prefix.Line);
            }

            if (problems.Scalar(root, string.Empty, "notificationEmail") is { } email && email.Value != null)
            {
                var addresses = email.Value.Split(';').Select(a => a.Trim()).ToList();
                if (addresses.Any(a => a.Length == 0 || !ManifestValueRules.Email.IsMatch(a)))
                {
                    problems.Invalid("notificationEmail", "must be one or more e-mail addresses separated by semicolons (;)", email.Line);
                }
            }

            if (problems.Scalar(root, string.Empty, "serviceLevel") is { } level && level.Value != null && !ManifestValueRules.ServiceLevels.Contains(level.Value.Trim()))
            {
                problems.Invalid("serviceLevel", "must be standard or expeditedShipping", level.Line);
            }

            if (problems.Scalar(root, string.Empty, "acl") is { } acl && acl.Value != null && !ManifestValueRules.CannedAcls.Contains(acl.Value.Trim()))
            {
                problems.Invalid("acl", "must be a canned ACL: " + string.Join(", ", ManifestValueRules.CannedAcls), acl.Line);
            }

            if (problems.Scalar(root, string.Empty, "fileSystem") is { } fs && fs.Value != null && !ManifestValueRules.FileSystems.Contains(fs.Value.Trim()))
            {
                problems.Invalid("fileSystem", "must be NTFS or EXT4 (EXT2, EXT3 and FAT32 are also accepted)", fs.Line);
            }

            foreach (var name in new[] { "generator", "cacheControl", "contentDisposition", "contentLanguage" })
            {
                problems.Scalar(root, string.Empty, name);
            }

            CheckContentTypes(root.Get("contentTypes"));
            CheckIgnore(root.Get("ignore"));
            CheckOperations(root);

            var customs = root.Get("customs");
            if (customs?.Kind == ManifestNodeKind.Mapping)
            {
                problems.RejectUnknown(customs, "customs.", ManifestFieldNames.Customs);
            }
            else if (customs != null && !customs.IsNullOrEmptyScalar)
            {
                problems.Invalid("customs", "must be a mapping of customs fields", customs.Line);
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
                problems.Invalid("returnAddress", "must be a mapping of address fields (name, street1, city, ...)", address.Line);
                return;
            }

            problems.RejectUnknown(address, "returnAddress.", ManifestFieldNames.Address);
            problems.RequireAll(address, "returnAddress.", ManifestFieldNames.AddressRequired);
            foreach (var name in ManifestFieldNames.Address)
            {
                problems.Scalar(address, "returnAddress.", name);
            }

            var country = address.Get("country");
            if (country?.Kind == ManifestNodeKind.Scalar && country.Value != null && ManifestValueRules.CountriesNeedingState.Contains(country.Value.Trim()))
            {
                var state = address.Get("stateOrProvince");
                if (state == null || state.IsNullOrEmptyScalar)
                {
                    problems.Missing("returnAddress.stateOrProvince", "is required for addresses in the United States and Canada", state?.Line ?? address.KeyLine ?? address.Line);
                }
            }

            foreach (var name in ManifestFieldNames.Streets)
            {
                var street = address.Get(name);
                if (street?.Kind == ManifestNodeKind.Scalar && street.Value != null && ManifestValueRules.PoBox.IsMatch(street.Value))
                {
                    problems.Invalid("returnAddress." + name, "must be a street address; devices cannot be returned to a PO box", street.Line);
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
                problems.Invalid("operations", "must be a list of export operations", operations.Line);
                return;
            }

            if (operations.Items.Count == 0)
            {
                problems.Invalid("operations", "must contain at least one operation", operations.Line);
            }

            for (var i = 0; i < operations.Items.Count; i++)
            {
                var path = $"operations[{i}]";
                var entry = operations.Items[i];
                if (entry.Kind != ManifestNodeKind.Mapping)
                {
                    problems.Invalid(path, "must be a mapping with at least exportBucket", entry.Line);
                    continue;
                }

                problems.RejectUnknown(entry, path + ".", ManifestFieldNames.Operation);
                problems.RequireAll(entry, path + ".", ManifestFieldNames.OperationRequired);
                foreach (var name in ManifestFieldNames.Operation)
                {
                    problems.Scalar(entry, path + ".", name);
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
                problems.Invalid("contentTypes", "must be a mapping of file extension to MIME type", node.Line);
                return;
            }

            foreach (var entry in node.Entries)
            {
                if (entry.Value.Kind != ManifestNodeKind.Scalar || entry.Value.Value == null)
                {
                    problems.Invalid("contentTypes." + entry.Key.Value, "must be a MIME type", entry.Value.Line);
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
                problems.Invalid("ignore", "must be a list of regular expressions", node.Line);
                return;
            }

            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                if (item.Kind != ManifestNodeKind.Scalar || item.Value == null)
                {
                    problems.Invalid($"ignore[{i}]", "must be a regular expression", item.Line);
                    continue;
                }

                try
                {
                    // Only compiled, never run against input here, so a pathological pattern costs nothing.
                    _ = new Regex(item.Value, RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException)
                {
                    problems.Invalid($"ignore[{i}]", "must be a valid regular expression", item.Line);
                }
            }
        }

        private void CheckBucket(ManifestNode map, string name, string prefix = "")
        {
            var node = problems.Scalar(map, prefix, name);
            if (node?.Value == null)
            {
                return;
            }

            var bucket = node.Value.Trim();
            var rule = S3BucketName.Validate(bucket);
            if (rule != null)
            {
                problems.Invalid(prefix + name, "must be a valid S3 bucket name: it " + rule, node.Line);
            }
            else if (!Buckets.Contains(bucket))
            {
                Buckets.Add(bucket);
            }
        }
    }
}
