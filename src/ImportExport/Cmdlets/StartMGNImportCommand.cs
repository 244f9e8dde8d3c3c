using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Threading;
using ImportExport.Manifest;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Start-MGNImport: starts an MGN import of the inventory CSV in S3 (StartImport). With -Wait it then waits for
    /// the import to end exactly as Wait-MGNImport does (the same <see cref="ImportWaitReporter"/>).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "MGNImport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = StartSet)]
    [OutputType(typeof(ImportTask))]
    public sealed class StartMGNImportCommand : AwsCmdlet
    {
        private const string StartSet = "Start";
        private const string WaitSet = "Wait";

        internal const int MaxTags = 50;
        internal const int MaxTagKeyLength = 128;
        internal const int MaxTagValueLength = 256;
        internal const int MaxS3KeyLength = 1024;
        internal const int MaxClientTokenLength = 64;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string S3Bucket { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string S3Key { get; set; } = string.Empty;

        /// <summary>The 12-digit account that owns the bucket, when it is not this account.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? S3BucketOwner { get; set; }

        [Parameter]
        public Hashtable? Tag { get; set; }

        /// <summary>Makes the call idempotent; generated when absent and reused by every retry.</summary>
        [Parameter]
        public string? ClientToken { get; set; }

        /// <summary>Wait until the import ends and emit its final state (a FAILED import is an error).</summary>
        [Parameter(Mandatory = true, ParameterSetName = WaitSet)]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: stop waiting after this long (a TimeSpan, or seconds).</summary>
        [Parameter(ParameterSetName = WaitSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>With -Wait: look at the import at this fixed interval instead of backing off from 1 to 15 seconds.</summary>
        [Parameter(ParameterSetName = WaitSet)]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        protected override void BeginProcessing() => ImportWaitParameters.Check(this, Timeout, PollInterval);

        protected override void ProcessRecord()
        {
            var target = $"s3://{S3Bucket}/{S3Key}";
            var tags = ValidateInput(target);
            if (tags is null || !Approval.Approve(target, "Start MGN import"))
            {
                return;
            }

            var request = new StartImportRequest
            {
                S3BucketSource = new S3BucketSource { S3Bucket = S3Bucket, S3Key = S3Key, S3BucketOwner = S3BucketOwner },
                Tags = tags,
            };
            if (!string.IsNullOrEmpty(ClientToken))
            {
                request.ClientToken = ClientToken!;
            }

            WriteVerbose($"StartImport with client token {request.ClientToken}.");
            var task = Try(target, token => Mgn.Client.StartImportAsync(request, token), (record, ex) => ServiceErrors.AdviseSameClientToken(record, ex, request.ClientToken));
            if (task is null)
            {
                return;
            }

            ImportIdCompleter.Remember(task);
            if (!Wait)
            {
                WriteObject(task);
                return;
            }

            WriteVerbose($"Started import {task.ImportId}; waiting for it to end.");
            try
            {
                ImportWaitReporter.Run(this, ImportWaiter.For(Mgn.Client), new[] { task.ImportId! }, ImportWaitParameters.Options(Timeout, PollInterval), StopToken, Mgn.Region);
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                WriteServiceError(ex, task.ImportId);
            }
        }

        // Everything the service would reject for its shape is rejected here, naming the parameter.
        private Dictionary<string, string>? ValidateInput(string target)
        {
            var bucketProblem = S3BucketName.Validate(S3Bucket);
            if (bucketProblem is not null)
            {
                return Reject("InvalidS3BucketName", $"-S3Bucket '{S3Bucket}' is not a valid S3 bucket name: {bucketProblem}", S3Bucket);
            }

            if (S3Key.Length > MaxS3KeyLength)
            {
                return Reject("InvalidS3Key", $"-S3Key has {S3Key.Length} characters; S3 keys have at most {MaxS3KeyLength}.", S3Key);
            }

            if (S3BucketOwner is not null && !Regex.IsMatch(S3BucketOwner, "^[0-9]{12}$"))
            {
                return Reject("InvalidS3BucketOwner", $"-S3BucketOwner '{S3BucketOwner}' must be a 12-digit AWS account id.", S3BucketOwner);
            }

            if (ClientToken is not null && ClientToken.Length > MaxClientTokenLength)
            {
                return Reject("InvalidClientToken", $"-ClientToken has {ClientToken.Length} characters; at most {MaxClientTokenLength} are allowed.", ClientToken);
            }

            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Tag is null)
            {
                return tags;
            }

            if (Tag.Count > MaxTags)
            {
                return Reject("InvalidTag", $"-Tag has {Tag.Count} tags; an import takes at most {MaxTags}.", target);
            }

            foreach (DictionaryEntry entry in Tag)
            {
                var key = LanguagePrimitives.ConvertTo<string>(entry.Key) ?? string.Empty;
                var value = LanguagePrimitives.ConvertTo<string>(entry.Value) ?? string.Empty;
                if (key.Length == 0 || key.Length > MaxTagKeyLength)
                {
                    return Reject("InvalidTag", string.Format(CultureInfo.InvariantCulture, "-Tag key '{0}' must have 1 to {1} characters.", key, MaxTagKeyLength), key);
                }

                if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                {
                    return Reject("InvalidTag", $"-Tag key '{key}' uses the reserved prefix 'aws:'.", key);
                }

                if (value.Length > MaxTagValueLength)
                {
                    return Reject("InvalidTag", string.Format(CultureInfo.InvariantCulture, "-Tag value of '{0}' has {1} characters; at most {2} are allowed.", key, value.Length, MaxTagValueLength), key);
                }

                tags[key] = value;
            }

            return tags;
        }

        private Dictionary<string, string>? Reject(string errorId, string message, object target)
        {
            WriteError(new ErrorRecord(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target));
            return null;
        }
    }
}
