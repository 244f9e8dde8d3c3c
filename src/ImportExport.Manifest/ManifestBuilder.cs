using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ImportExport.Manifest
{
    /// <summary>
    /// Writes an AWS Import/Export manifest (S3, manifestVersion 2.0) from values, with every scalar quoted so that a
    /// YAML reader gets back exactly the text given: a device id such as <c>0123</c>, a name such as <c>No</c> or
    /// <c>null</c>, a street with <c>#</c> or <c>: </c> in it all stay strings. What it builds is checked by
    /// <see cref="ManifestValidator"/> (the one validator) in <see cref="Build"/>; the builder adds no rules of its own
    /// beyond refusing field names the manifest does not have.
    /// </summary>
    public sealed class ManifestBuilder
    {
        /// <summary>The customs fields the developer guide lists, in the order they are written.</summary>
        public static readonly IReadOnlyList<string> CustomsFieldNames = new[]
        {
            "dataDescription", "encryptedData", "encryptionClassification", "exportCertifierName", "requiresExportLicense",
            "deviceValue", "deviceCountryOfOrigin", "deviceType", "typeOfExport",
        };

        // Plain (unquoted) scalars are kept for the common, unambiguous case so the file reads like the guide's
        // examples. Anything else is double-quoted.
        private static readonly Regex PlainSafe = new Regex(@"^[\p{L}\p{N}_][\p{L}\p{N}_ .,/@()+;=-]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        // YAML 1.1 and 1.2 readers turn these into numbers, booleans, null or timestamps when unquoted.
        private static readonly Regex Ambiguous = new Regex(
            @"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|y|n|yes|no|true|false|on|off|null|~|\.inf|\.nan)$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
            TimeSpan.FromSeconds(1));

        private readonly Dictionary<string, string> _customs = new Dictionary<string, string>(StringComparer.Ordinal);

        public ManifestJobType JobType { get; set; }

        /// <summary>The access key id that will sign CreateJob; the service refuses the job otherwise.</summary>
        public string? AccessKeyId { get; set; }

        public string? DeviceId { get; set; }

        /// <summary>Import: the bucket the data goes to.</summary>
        public string? Bucket { get; set; }

        /// <summary>Import: erase the device after the import (written as <c>yes</c>/<c>no</c>).</summary>
        public bool? EraseDevice { get; set; }

        public string? LogBucket { get; set; }

        public string? LogPrefix { get; set; }

        /// <summary>One or more addresses separated by semicolons.</summary>
        public string? NotificationEmail { get; set; }

        /// <summary><c>standard</c> or <c>expeditedShipping</c>.</summary>
        public string? ServiceLevel { get; set; }

        /// <summary>Export: the file system to write to the device (NTFS, EXT4).</summary>
        public string? FileSystem { get; set; }

        /// <summary>The tool that wrote the manifest (the guide's optional <c>generator</c> field).</summary>
        public string? Generator { get; set; }

        public ManifestReturnAddress ReturnAddress { get; } = new ManifestReturnAddress();

        /// <summary>Export: what to copy from which bucket.</summary>
        public IList<ManifestExportOperation> Operations { get; } = new List<ManifestExportOperation>();

        /// <summary>The customs fields set so far, in the order they are written.</summary>
        public IEnumerable<KeyValuePair<string, string>> Customs =>
            CustomsFieldNames.Where(_customs.ContainsKey).Select(n => new KeyValuePair<string, string>(n, _customs[n]));

        /// <summary>Sets a customs field by name, ignoring case.</summary>
        /// <exception cref="ArgumentException">The guide lists no customs field of that name.</exception>
        public void SetCustoms(string field, string value)
        {
            var name = Canonical(CustomsFieldNames, field)
                ?? throw new ArgumentException($"'{field}' is not a customs field; use {string.Join(", ", CustomsFieldNames)}.");
            _customs[name] = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>Writes the manifest and validates it as a manifest of <see cref="JobType"/>.</summary>
        public ManifestBuildResult Build()
        {
            var yaml = ToYaml();
            return new ManifestBuildResult(yaml, ManifestValidator.Validate(yaml, JobType));
        }

        /// <summary>The manifest text, lines ending in LF; fields that are not set are left out.</summary>
        public string ToYaml()
        {
            var yaml = new StringBuilder();
            void Field(string indent, string name, string? value)
            {
                if (value is not null)
                {
                    yaml.Append(indent).Append(name).Append(": ").Append(Scalar(value)).Append('\n');
                }
            }

            // The version and yes/no are written plain, as the guide writes them; both are fixed texts.
            yaml.Append("manifestVersion: 2.0\n");
            Field(string.Empty, "generator", Generator);
            Field(string.Empty, "accessKeyId", AccessKeyId);
            Field(string.Empty, "deviceId", DeviceId);
            if (JobType == ManifestJobType.Import)
            {
                Field(string.Empty, "bucket", Bucket);
                if (EraseDevice is { } erase)
                {
                    yaml.Append("eraseDevice: ").Append(erase ? "yes" : "no").Append('\n');
                }
            }
            else
            {
                Field(string.Empty, "fileSystem", FileSystem);
            }

            Field(string.Empty, "logBucket", LogBucket);
            Field(string.Empty, "logPrefix", LogPrefix);
            Field(string.Empty, "notificationEmail", NotificationEmail);
            Field(string.Empty, "serviceLevel", ServiceLevel);

            if (JobType == ManifestJobType.Export && Operations.Count > 0)
            {
                yaml.Append("operations:\n");
                foreach (var operation in Operations)
                {
                    var first = true;
                    foreach (var field in operation.Fields)
                    {
                        Field(first ? "  - " : "    ", field.Key, field.Value);
                        first = false;
                    }

                    if (first)
                    {
                        // An empty operation stays visible so the validator can name it, rather than vanishing.
                        yaml.Append("  - {}\n");
                    }
                }
            }

            yaml.Append("returnAddress:\n");
            var address = ReturnAddress;
            Field("  ", "name", address.Name);
            Field("  ", "company", address.Company);
            Field("  ", "street1", address.Street1);
            Field("  ", "street2", address.Street2);
            Field("  ", "street3", address.Street3);
            Field("  ", "city", address.City);
            Field("  ", "stateOrProvince", address.StateOrProvince);
            Field("  ", "postalCode", address.PostalCode);
            Field("  ", "phoneNumber", address.PhoneNumber);
            Field("  ", "country", address.Country);

            var customs = Customs.ToList();
            if (customs.Count > 0)
            {
                yaml.Append("customs:\n");
                foreach (var field in customs)
                {
                    Field("  ", field.Key, field.Value);
                }
            }

            return yaml.ToString();
        }

        /// <summary>
        /// A YAML scalar that reads back as exactly <paramref name="value"/>: plain when that is unambiguous, otherwise
        /// double-quoted with escapes for quotes, backslashes and control characters (so nothing can break the line).
        /// </summary>
        public static string Scalar(string value)
        {
            if (value.Length > 0 && PlainSafe.IsMatch(value) && !value.EndsWith(" ", StringComparison.Ordinal) && !Ambiguous.IsMatch(value))
            {
                return value;
            }

            var quoted = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    default:
                        // Control characters, and the line/paragraph separators YAML would treat as line breaks.
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF')
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }

        internal static string? Canonical(IEnumerable<string> names, string field) =>
            names.FirstOrDefault(n => string.Equals(n, field?.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
