using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The credential parameters (as whom to call AWS) and what every cmdlet of the module that resolves credentials
    /// shares: the settings resolved once per pipeline in the documented order (parameters, AWS Tools session defaults,
    /// environment, shared files, container/instance), Ctrl+C, and the one confirmation rule. A cmdlet that only needs
    /// to know the credentials (New-IEManifest takes its accessKeyId from them) derives from this; one that calls a
    /// service derives from <see cref="AwsCmdlet"/>, which adds where to call (-Region, -EndpointUrl, -MaxRetry).
    /// The aliases are AWS Tools for PowerShell's names for the same parameters, so that its runbooks bind unchanged.
    /// </summary>
    // The stop token outlives the command on purpose: after Ctrl+C the pipeline ends and PowerShell disposes a disposable
    // command at once, while the work it abandoned (a credential_process being killed, a request timing out) still
    // waits on that token on a worker. Disposing the source under it raced with that wait and left the process running.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The stop token must outlive the command for the work a Ctrl+C abandoned; see the comment above.")]
    public abstract class AwsCredentialCmdlet : PSCmdlet
    {
        private AwsConnectionSettings? _settings;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private ChangeApproval? _approval;

        /// <summary>A profile of the shared credentials/config files. It must exist.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        [Alias("StoredCredentials", "AWSProfileName")]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        /// <summary>A credentials file other than the default ~/.aws/credentials.</summary>
        [Parameter]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        [ValidateNotNullOrEmpty]
        public string? ProfileLocation { get; set; }

        [Parameter]
        [Alias("AK")]
        [ValidateNotNullOrEmpty]
        public string? AccessKey { get; set; }

        /// <summary>The secret access key: text, a SecureString, or a PSCredential (its password).</summary>
        [Parameter]
        [Alias("SK", "SecretAccessKey")]
        [SecretTransformation]
        [ValidateNotNullOrEmpty]
        public string? SecretKey { get; set; }

        [Parameter]
        [Alias("ST")]
        [SecretTransformation]
        [ValidateNotNullOrEmpty]
        public string? SessionToken { get; set; }

        /// <summary>An AWSCredentials object (from any AWSSDK.Core, e.g. Get-AWSCredential) or a PSCredential whose user name is the access key.</summary>
        [Parameter]
        [ValidateNotNull]
        public object? Credential { get; set; }

        /// <summary>
        /// AWS Tools' -NetworkCredential, the user and password for a SAML identity provider of an AWS Tools SAML role
        /// profile (Set-AWSSamlRoleProfile). Such profiles live in AWS Tools' own store, which this module does not
        /// read: given, it is refused with NetworkCredentialNotSupported before anything is sent.
        /// </summary>
        [Parameter]
        public PSCredential? NetworkCredential { get; set; }

        /// <summary>The settings from the parameters and the session, resolved once per pipeline.</summary>
        protected AwsConnectionSettings Settings => _settings ??= BuildSettings();

        /// <summary>
        /// Cancelled when the user presses Ctrl+C (or the host calls Stop()): every request, wait, download and
        /// credential process of the command takes it, so whatever is in flight is abandoned at once.
        /// </summary>
        protected CancellationToken StopToken => _stopping.Token;

        /// <summary>The one confirmation rule of the module's state-changing cmdlets (see <see cref="ChangeApproval"/>).</summary>
        protected ChangeApproval Approval => _approval ??= new ChangeApproval(this);

        /// <summary>Cancels whatever the command is waiting for; the pipeline thread then ends with PipelineStoppedException.</summary>
        protected override void StopProcessing()
        {
            _stopping.Cancel();
            base.StopProcessing();
        }

        /// <summary>Ends the command if the user has stopped it.</summary>
        protected void ThrowIfStopping()
        {
            if (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        protected static bool IsServiceFailure(Exception ex) => ServiceFailure.Describe(ex) is not null;

        /// <summary>
        /// Runs <paramref name="resolve"/> (building a client resolves credentials, which may run a credential_process)
        /// with the command's stop token current, so that Ctrl+C ends it and any process it started; a stop becomes
        /// PowerShell's own end of a stopped command.
        /// </summary>
        protected T WithStopToken<T>(Func<T> resolve)
        {
            ThrowIfStopping();

            // On a worker, so that Ctrl+C ends the wait even where the resolution does not listen to the token (an
            // assume-role profile's STS call, made by AWSSDK.Core's own STS client, when the access key is read).
            var task = Task.Run(() =>
            {
                using (CommandCancellation.Use(StopToken))
                {
                    return resolve();
                }
            });
            WaitHandle.WaitAny(new[] { ((IAsyncResult)task).AsyncWaitHandle, StopToken.WaitHandle });
            if (!task.IsCompleted)
            {
                Abandon(task);
                throw new PipelineStoppedException();
            }

            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// Leaves a stopped command's work to end by itself (its request times out, its process was killed); its
        /// failure is observed, so it never surfaces later as an unobserved task exception.
        /// </summary>
        protected static void Abandon(Task task) =>
            task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        /// <summary>Adds what the derived cmdlet's own parameters say (where to call) to the credential settings.</summary>
        protected virtual void ApplyParameters(AwsConnectionSettings settings)
        {
        }

        private AwsConnectionSettings BuildSettings()
        {
            if (NetworkCredential is not null)
            {
                ThrowTerminatingError(ErrorCatalogue.NetworkCredentialNotSupported(NetworkCredential.UserName));
            }

            var settings = new AwsConnectionSettings
            {
                ProfileName = ProfileName,
                ProfileLocation = ProfileLocation,
                AccessKey = AccessKey,
                SecretKey = SecretKey,
                SessionToken = SessionToken,
                CredentialsSource = AccessKey is null && SecretKey is null ? null : "the -AccessKey/-SecretKey parameters",

                // The command's one reading of the environment: every client it builds, and the cache key, see these values.
                Environment = AwsEnvironment.Capture(),
            };

            if (Credential is not null && !CredentialConversion.TryApply(settings, Credential, "the -Credential parameter"))
            {
                ThrowTerminatingError(ErrorCatalogue.InvalidCredentialObject(Credential));
            }

            if (!settings.HasExplicitCredentials)
            {
                ApplyStoredCredentials(settings);
            }

            ApplyParameters(settings);
            return settings;
        }

        // AWS Tools for PowerShell keeps session defaults in $StoredAWSCredentials (credentials object or
        // profile name) and $StoredAWSRegion (Set-AWSCredential, Set-DefaultAWSRegion). Honouring them
        // means users of both modules configure once.
        private void ApplyStoredCredentials(AwsConnectionSettings settings)
        {
            var stored = CredentialConversion.Unwrap(SessionState.PSVariable.GetValue("StoredAWSCredentials"));
            if (stored is string profileName && profileName.Length > 0)
            {
                settings.ProfileName = profileName;
                return;
            }

            if (stored is not null)
            {
                CredentialConversion.TryApply(settings, stored, "$StoredAWSCredentials");
            }
        }
    }
}
