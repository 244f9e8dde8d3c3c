using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.PowerShell;
using ImportExport.Runtime;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// New-IEManifest: builds an Import or Export manifest from parameters (<see cref="ManifestBuilder"/> writes the
    /// YAML, <see cref="ManifestValidator"/> checks it) and emits the text, or writes it to -Path. A manifest that
    /// would not pass the validator is never emitted: each problem is an error naming the parameter to fix.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IEManifest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TextSet)]
    [OutputType(typeof(string), ParameterSetName = new[] { TextSet })]
    [OutputType(typeof(FileInfo), ParameterSetName = new[] { FileSet })]
    public sealed class NewIEManifestCommand : AwsCredentialCmdlet
    {
        private const string TextSet = "Text";
        private const string FileSet = "File";

        [Parameter(Mandatory = true, Position = 0)]
        public JobType JobType { get; set; }

        /// <summary>The access key that will sign New-IEJob; by default the one the session's credentials resolve to.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? AccessKeyId { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string DeviceId { get; set; } = string.Empty;

        /// <summary>Import: the bucket to import into.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Bucket { get; set; }

        /// <summary>Import: erase the device after the import (eraseDevice: yes); without it, no.</summary>
        [Parameter]
        public SwitchParameter EraseDevice { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? LogBucket { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? LogPrefix { get; set; }

        /// <summary>One or more addresses; several are joined with semicolons as the manifest wants.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? NotificationEmail { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Company { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Street1 { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street2 { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street3 { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string City { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? StateOrProvince { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PostalCode { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PhoneNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Country { get; set; } = string.Empty;

        [Parameter]
        [ValidateSet("standard", "expeditedShipping")]
        public string? ServiceLevel { get; set; }

        /// <summary>Export: the file system AWS writes to the device.</summary>
        [Parameter]
        [ValidateSet("NTFS", "EXT4", "EXT3", "EXT2", "FAT32")]
        public string? FileSystem { get; set; }

        /// <summary>Export: one hashtable per operation, with exportBucket and optionally prefix, beginMarker, endMarker, targetDirectory, recoveryDirectory.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public Hashtable[]? ExportOperation { get; set; }

        /// <summary>Customs fields for international shipping (dataDescription, encryptedData, deviceValue, ...).</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Customs { get; set; }

        /// <summary>Write the manifest to this file (UTF-8, no BOM) instead of emitting the text.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FileSet)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>With -Path: replace an existing file.</summary>
        [Parameter(ParameterSetName = FileSet)]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var builder = Describe();
            if (builder is null)
            {
                return;
            }

            var built = builder.Build();
            if (!built.IsValid)
            {
                foreach (var problem in built.Problems)
                {
                    WriteError(ErrorCatalogue.ManifestParameterProblem(problem));
                }

                return;
            }

            if (ParameterSetName == TextSet)
            {
                WriteObject(built.Yaml);
                return;
            }

            var path = ProviderPaths.FileToWrite(this, Path, "-Path", FileKind.ManifestFile, out var pathError);
            if (path is null)
            {
                WriteError(pathError!);
                return;
            }

            if (new ChangeApproval(this).ApproveFileWrite(path, $"Write the {JobType} manifest for device {DeviceId}", Force, FileKind.ManifestFile) && Save(path, built.Yaml))
            {
                FileOutput.Write(this, path);
            }
        }

        private bool Save(string path, string yaml)
        {
            try
            {
                // With a byte order mark: Windows PowerShell 5.1's Get-Content (and Notepad of old) read a BOM-less file as
                // ANSI and garble every non-ASCII character; -ManifestPath and every YAML reader skip the mark.
                var encoding = new UTF8Encoding(true);
                var preamble = encoding.GetPreamble();
                var body = encoding.GetBytes(yaml);
                var bytes = new byte[preamble.Length + body.Length];
                preamble.CopyTo(bytes, 0);
                body.CopyTo(bytes, preamble.Length);
                AtomicFile.WriteAllBytes(path, bytes);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorCatalogue.FileUnwritable(FileKind.ManifestFile, path, ex));
                return false;
            }

            return true;
        }

        /// <summary>The parameters as a builder, or null after writing an error for a parameter that does not fit.</summary>
        private ManifestBuilder? Describe()
        {
            var isImport = JobType == JobType.Import;
            // Fields of the other job type would be left out of the manifest without a word; say so instead.
            var misplaced = isImport
                ? (FileSystem is not null ? "FileSystem" : ExportOperation is not null ? "ExportOperation" : null)
                : (Bucket is not null ? "Bucket" : EraseDevice.IsPresent ? "EraseDevice" : null);
            if (misplaced is not null)
            {
                return Reject(ErrorCatalogue.ParameterNotForJobType(misplaced, JobType.ToString()));
            }

            var accessKeyId = AccessKeyId ?? SessionAccessKeyId();
            if (string.IsNullOrEmpty(accessKeyId))
            {
                return Reject(ErrorCatalogue.AccessKeyIdRequired());
            }

            var builder = new ManifestBuilder
            {
                JobType = isImport ? ManifestJobType.Import : ManifestJobType.Export,
                Generator = "ImportExport PowerShell module " + ModuleInfo.Version,
                AccessKeyId = accessKeyId,
                DeviceId = DeviceId,
                Bucket = Bucket,
                EraseDevice = isImport ? EraseDevice.IsPresent : (bool?)null,
                LogBucket = LogBucket,
                LogPrefix = LogPrefix,
                NotificationEmail = NotificationEmail is null ? null : string.Join(";", NotificationEmail.Select(e => e.Trim())),
                ServiceLevel = ServiceLevel,
                FileSystem = FileSystem,
            };
            var address = builder.ReturnAddress;
            (address.Name, address.Company, address.Street1, address.Street2, address.Street3) = (Name, Company, Street1, Street2, Street3);
            (address.City, address.StateOrProvince, address.PostalCode, address.PhoneNumber, address.Country) = (City, StateOrProvince, PostalCode, PhoneNumber, Country);
            return WithTables(builder);
        }

        /// <summary>-ExportOperation and -Customs added to <paramref name="builder"/>, or null after an error naming the one that does not fit.</summary>
        private ManifestBuilder? WithTables(ManifestBuilder builder)
        {
            try
            {
                foreach (var table in ExportOperation ?? System.Array.Empty<Hashtable>())
                {
                    var operation = new ManifestExportOperation();
                    foreach (DictionaryEntry entry in table)
                    {
                        operation.Set(Text(entry.Key) ?? string.Empty, Text(entry.Value));
                    }

                    builder.Operations.Add(operation);
                }
            }
            catch (ArgumentException ex)
            {
                return Reject(ErrorCatalogue.InvalidExportOperation(ex));
            }

            try
            {
                foreach (DictionaryEntry entry in Customs ?? new Hashtable())
                {
                    builder.SetCustoms(Text(entry.Key) ?? string.Empty, Text(entry.Value) ?? string.Empty);
                }
            }
            catch (ArgumentException ex)
            {
                return Reject(ErrorCatalogue.InvalidCustomsField(ex));
            }

            return builder;
        }

        // The key the session's credentials resolve to, as New-IEJob would sign with; null when none resolve.
        private string? SessionAccessKeyId()
        {
            try
            {
                var key = WithStopToken(() => ServiceClients.ImportExport(Settings).AccessKeyId);
                if (!string.IsNullOrEmpty(key))
                {
                    WriteVerbose($"accessKeyId: the access key of the session's credentials ({key.Substring(0, Math.Min(4, key.Length))}...).");
                }

                return key;
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                WriteVerbose("No credentials resolve for the session: " + ex.Message);
                return null;
            }
        }

        private ManifestBuilder? Reject(ErrorRecord error)
        {
            WriteError(error);
            return null;
        }

        /// <summary>Hashtable values as manifest text: $true/$false as yes/no, numbers in invariant culture.</summary>
        private static string? Text(object? value)
        {
            switch (value is PSObject wrapped ? wrapped.BaseObject : value)
            {
                case null:
                    return null;
                case bool flag:
                    return flag ? "yes" : "no";
                case SwitchParameter flag:
                    return flag.IsPresent ? "yes" : "no";
                case string text:
                    return text;
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                case var other:
                    return LanguagePrimitives.ConvertTo<string>(other);
            }
        }
    }
}
