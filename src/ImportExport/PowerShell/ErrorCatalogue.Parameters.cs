using System;
using System.Globalization;
using System.Management.Automation;
using ImportExport.Inventory;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Parameters checked before anything is sent: -Select, the credential parameters, the wait's -Timeout and
    /// -PollInterval, MGN's S3 object, client token and tags (by the rules in <see cref="MgnStartRequestRules"/>), and
    /// the imports a command needs. Each names the parameter and quotes the value; the target is the value.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>-Select with -PassThru.</summary>
        public static ErrorRecord SelectWithPassThru(string? select) =>
            InvalidSelect(select, "-PassThru cannot be used with -Select (AWS Tools refuses the pair too): -PassThru is -Select '^<the input parameter>'.");

        /// <summary>-Select given empty.</summary>
        public static ErrorRecord SelectEmpty(string? select) =>
            InvalidSelect(select, "-Select is empty. Use '*' for the whole answer, a property path such as 'JobId', or '^Parameter' for a parameter's value.");

        /// <summary>-Select '^Name' for a parameter <paramref name="command"/> does not have of its own.</summary>
        public static ErrorRecord SelectNoSuchParameter(string select, string command) =>
            InvalidSelect(select, $"-Select '{select}': {command} has no parameter '{select.Substring(1)}' of its own (AWS Tools' '^' takes only the cmdlet's own parameters, not -Region or -ProfileName).");

        /// <summary>-Select naming a property the answer's type (<paramref name="typeName"/>, with <paramref name="known"/>) does not have.</summary>
        public static ErrorRecord SelectNoSuchProperty(string select, string typeName, string segment, string known) =>
            InvalidSelect(select, $"-Select '{select}': {typeName} has no property '{segment}' (it has {known}). Use '*' for the whole answer.");

        /// <summary>-NetworkCredential, which signs in to a SAML provider for an AWS Tools profile the module does not read.</summary>
        public static ErrorRecord NetworkCredentialNotSupported(string userName) =>
            Record(new NotSupportedException("-NetworkCredential signs in to a SAML identity provider for an AWS Tools SAML role profile (Set-AWSSamlRoleProfile); ImportExport does not read AWS Tools' profile store. Use a profile of the shared files (role_arn, credential_process, sso_session) with -ProfileName, or -Credential (Get-AWSCredential's output)."),
                ErrorIds.NetworkCredentialNotSupported, ErrorCategory.InvalidArgument, userName);

        /// <summary>-Credential given an object that holds no AWS credentials.</summary>
        public static ErrorRecord InvalidCredentialObject(object credential) =>
            Record(new ArgumentException("-Credential takes an AWS credentials object (Get-AWSCredential) or a PSCredential whose user name is the access key id."),
                ErrorIds.InvalidCredentialObject, ErrorCategory.InvalidArgument, credential);

        /// <summary>A -Timeout of zero or less.</summary>
        public static ErrorRecord InvalidTimeout(TimeSpan timeout) =>
            // No parameter name in the exception: .NET would append "(Parameter 'Timeout') Actual value was ..." to the message.
            Record(new ArgumentException($"-Timeout must be more than zero (a TimeSpan, or seconds); {timeout} is not."), ErrorIds.InvalidTimeout, ErrorCategory.InvalidArgument, timeout);

        /// <summary>A -PollInterval of zero or less, or over an hour.</summary>
        public static ErrorRecord InvalidPollInterval(TimeSpan pollInterval) =>
            Record(new ArgumentException($"-PollInterval must be more than zero and at most one hour (a TimeSpan, or seconds); {pollInterval} is not."), ErrorIds.InvalidPollInterval, ErrorCategory.InvalidArgument, pollInterval);

        /// <summary>A -S3Bucket MGN's model refuses.</summary>
        public static ErrorRecord InvalidS3BucketName(string bucket, MgnStartProblem problem)
        {
            var rule = problem switch
            {
                MgnStartProblem.Empty => "must not be empty",
                MgnStartProblem.TooLong => $"must have at most {MgnStartRequestRules.MaxS3BucketLength} characters",
                _ => "may contain only letters, digits, dots (.), hyphens (-) and underscores (_)",
            };
            return InvalidMgnParameter(ErrorIds.InvalidS3BucketName, $"-S3Bucket '{bucket}' is not a bucket name MGN takes: {rule}", bucket);
        }

        /// <summary>A -S3Key MGN refuses: too long, or not a .csv key.</summary>
        public static ErrorRecord InvalidS3Key(string key, MgnStartProblem problem) =>
            problem == MgnStartProblem.TooLong
                ? InvalidMgnParameter(ErrorIds.InvalidS3Key, $"-S3Key has {key.Length} characters; S3 keys have at most {MgnStartRequestRules.MaxS3KeyLength}.", key)
                : InvalidMgnParameter(ErrorIds.InvalidS3Key, $"-S3Key '{key}' must end in .csv (lower case) after 1 to 1020 characters: MGN reads and writes only keys that match [^\\x00]{{1,1020}}\\.csv.", key);

        /// <summary>A -S3BucketOwner that is not an account id.</summary>
        public static ErrorRecord InvalidS3BucketOwner(string owner) =>
            InvalidMgnParameter(ErrorIds.InvalidS3BucketOwner, $"-S3BucketOwner '{owner}' must be a 12-digit AWS account id.", owner);

        /// <summary>A -ClientToken over MGN's length.</summary>
        public static ErrorRecord InvalidClientToken(string clientToken) =>
            InvalidMgnParameter(ErrorIds.InvalidClientToken, $"-ClientToken has {clientToken.Length} characters; at most {MgnStartRequestRules.MaxClientTokenLength} are allowed.", clientToken);

        /// <summary>More -Tag entries than StartImport and StartExport take (the target is the request's target).</summary>
        public static ErrorRecord TooManyTags(int count, string target) =>
            InvalidMgnParameter(ErrorIds.InvalidTag, $"-Tag has {count} tags; StartImport and StartExport take at most {MgnStartRequestRules.MaxTags}.", target);

        /// <summary>A -Tag key MGN refuses: empty or too long, or of the reserved prefix.</summary>
        public static ErrorRecord InvalidTagKey(string key, MgnStartProblem problem) =>
            problem is MgnStartProblem.Empty or MgnStartProblem.TooLong
                ? InvalidMgnParameter(ErrorIds.InvalidTag, string.Format(CultureInfo.InvariantCulture, "-Tag key '{0}' must have 1 to {1} characters.", key, MgnStartRequestRules.MaxTagKeyLength), key)
                : InvalidMgnParameter(ErrorIds.InvalidTag, $"-Tag key '{key}' uses the reserved prefix '{MgnStartRequestRules.ReservedTagPrefix}'.", key);

        /// <summary>A -Tag value over MGN's length.</summary>
        public static ErrorRecord InvalidTagValue(string key, string value) =>
            InvalidMgnParameter(ErrorIds.InvalidTag, string.Format(CultureInfo.InvariantCulture, "-Tag value of '{0}' has {1} characters; at most {2} are allowed.", key, value.Length, MgnStartRequestRules.MaxTagValueLength), key);

        /// <summary>Neither -ImportId nor -ImportArn for <paramref name="command"/>, which needs one.</summary>
        public static ErrorRecord MissingImportId(string command) =>
            Record(new ArgumentException($"{command} needs the imports to use: -ImportId (or import objects from the pipeline) or -ImportArn."),
                ErrorIds.MissingImportId, ErrorCategory.InvalidArgument, null);

        /// <summary>An -ImportArn that names no MGN import (quoted printable, at most 120 characters).</summary>
        public static ErrorRecord InvalidImportArn(string importArn)
        {
            var message = $"'{PrintableText.Of(importArn, 120)}' is not the ARN of an MGN import: it is arn:aws:mgn:<region>:<account>:import/import- followed by 17 letters or digits (the Arn property of Get-MGNImport output).";
            return Record(new ArgumentException(message), ErrorIds.InvalidImportArn, ErrorCategory.InvalidArgument, importArn, message);
        }

        private static ErrorRecord InvalidSelect(string? select, string message) =>
            Record(new ArgumentException(message), ErrorIds.InvalidSelect, ErrorCategory.InvalidArgument, select);

        private static ErrorRecord InvalidMgnParameter(string errorId, string message, object value) =>
            Record(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, value);
    }
}
