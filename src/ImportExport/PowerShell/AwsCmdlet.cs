using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The parameters and plumbing every cmdlet that calls a service shares: where to call AWS (-Region, -EndpointUrl,
    /// -MaxRetry) on top of as whom (<see cref="AwsCredentialCmdlet"/>), the service connections, and service errors as
    /// ErrorRecords.
    /// </summary>
    public abstract class AwsCmdlet : AwsCredentialCmdlet
    {
        // The standard retry mode's quota, for this command only: one command's failures never starve the next.
        private readonly RetryBudget _retryBudget = new RetryBudget();
        private ServiceConnection<ImportExportClient>? _importExport;
        private ServiceConnection<MgnClient>? _mgn;
        private readonly System.Collections.Generic.Dictionary<string, ServiceConnection<MgnClient>> _mgnByRegion =
            new System.Collections.Generic.Dictionary<string, ServiceConnection<MgnClient>>(StringComparer.Ordinal);
        private readonly System.Collections.Generic.Dictionary<string, ServiceConnection<ImportExport.S3.S3Client>> _s3ByRegion =
            new System.Collections.Generic.Dictionary<string, ServiceConnection<ImportExport.S3.S3Client>>(StringComparer.Ordinal);

        /// <summary>The AWS region. Import/Export is global (always signed for us-east-1); MGN needs one.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(RegionCompleter))]
        [Alias("RegionToCall")]
        [ValidateNotNullOrEmpty]
        public string? Region { get; set; }

        /// <summary>A service URL to call instead of the public endpoint (http only to loopback, e.g. the local emulator).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        /// <summary>
        /// Retries after the first attempt of each request (0 turns retries off). Without it: AWS_MAX_ATTEMPTS,
        /// max_attempts of the profile, or 2 retries (3 attempts). Throttling, HTTP 500/502/503/504, broken
        /// connections and timeouts are retried with exponential backoff and jitter.
        /// </summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int? MaxRetry { get; set; }

        /// <summary>AWS Tools' -ClientConfig: its ServiceURL and RegionEndpoint apply (<see cref="AwsToolsClientConfig"/>).</summary>
        [Parameter]
        public object? ClientConfig { get; set; }

        /// <summary>The Import/Export client for this pipeline, built on first use.</summary>
        protected ServiceConnection<ImportExportClient> ImportExport =>
            _importExport ??= Connect("Import/Export", ServiceClients.ImportExport);

        /// <summary>The MGN client for this pipeline, built on first use.</summary>
        protected ServiceConnection<MgnClient> Mgn =>
            _mgn ??= Connect("MGN", ServiceClients.Mgn);

        /// <summary>The S3 client for this pipeline (uploads of inventory files), built on first use.</summary>
        protected ServiceConnection<ImportExport.S3.S3Client> S3 =>
            _s3 ??= Connect("S3", ServiceClients.S3);

        private ServiceConnection<ImportExport.S3.S3Client>? _s3;

        /// <summary>
        /// The MGN client for a task of <paramref name="taskRegion"/> (from its ARN, through the pipeline): -Region
        /// wins when given; without either, the session's region. <paramref name="regionSource"/> says where the region
        /// came from in -Verbose ("the import's ARN", "the export's ARN").
        /// </summary>
        protected ServiceConnection<MgnClient> MgnFor(string? taskRegion, string regionSource) =>
            ForRegion(_mgnByRegion, "MGN", taskRegion, regionSource, ServiceClients.Mgn, () => Mgn);

        /// <summary>As <see cref="MgnFor"/>, the S3 client (reading the object an import of that region read).</summary>
        protected ServiceConnection<ImportExport.S3.S3Client> S3For(string? taskRegion, string regionSource) =>
            ForRegion(_s3ByRegion, "S3", taskRegion, regionSource, ServiceClients.S3, () => S3);

        private ServiceConnection<TClient> ForRegion<TClient>(
            System.Collections.Generic.Dictionary<string, ServiceConnection<TClient>> cache,
            string service,
            string? taskRegion,
            string regionSource,
            Func<AwsConnectionSettings, ServiceConnection<TClient>> factory,
            Func<ServiceConnection<TClient>> commandConnection)
            where TClient : IDisposable
        {
            if (string.IsNullOrEmpty(taskRegion) || MyInvocation.BoundParameters.ContainsKey(nameof(Region)))
            {
                return commandConnection();
            }

            if (!cache.TryGetValue(taskRegion!, out var connection))
            {
                var settings = Settings.Clone();
                settings.Region = taskRegion;
                settings.RegionSource = regionSource;
                connection = Connect(service, _ => factory(settings));
                cache[taskRegion!] = connection;
            }

            return connection;
        }

        /// <summary>Writes the failure of one input as a non-terminating error; the pipeline goes on.</summary>
        protected void WriteServiceError(Exception exception, object? target) => WriteServiceError(exception, target, null);

        /// <summary>As <see cref="WriteServiceError(Exception, object)"/>, letting the cmdlet add advice to the record first.</summary>
        protected void WriteServiceError(Exception exception, object? target, Action<ErrorRecord, Exception>? annotate)
        {
            var record = ErrorCatalogue.ServiceError(exception, target);
            annotate?.Invoke(record, exception);
            if (exception is CredentialResolutionException || exception is ServiceConfigurationException)
            {
                // Nothing else in this pipeline can work either.
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }

        /// <summary>Runs one service call for <paramref name="target"/>; a failure becomes an error record and null.</summary>
        protected T? Try<T>(object? target, Func<CancellationToken, Task<T>> call)
            where T : class => Try(target, call, null);

        /// <summary>As <see cref="Try{T}(object, Func{CancellationToken, Task{T}})"/>, letting the cmdlet add advice to a failure's record.</summary>
        protected T? Try<T>(object? target, Func<CancellationToken, Task<T>> call, Action<ErrorRecord, Exception>? annotate)
            where T : class
        {
            try
            {
                return Await(call);
            }
            catch (Exception ex) when (IsServiceFailure(ex) && !StopToken.IsCancellationRequested)
            {
                WriteServiceError(ex, target, annotate);
                return null;
            }
        }

        /// <summary>
        /// Runs <paramref name="call"/> with the command's stop token (<c>StopToken</c>) and waits for it on the pipeline
        /// thread, writing each retry of its requests to the verbose stream as it happens. When the user stops the
        /// command the wait ends at once with <see cref="PipelineStoppedException"/> (PowerShell's own way to end a
        /// stopped command: no error record), whatever the request was doing.
        /// </summary>
        protected T Await<T>(Func<CancellationToken, Task<T>> call) => Await(call, StopToken);

        /// <summary>
        /// As <see cref="Await{T}(Func{CancellationToken, Task{T}})"/> with a token of the caller's that also ends the
        /// call (a deadline linked to the stop token): its cancellation is the call's failure, for the caller to read.
        /// </summary>
        internal T Await<T>(Func<CancellationToken, Task<T>> call, CancellationToken token)
        {
            ThrowIfStopping();
            using var signal = new SemaphoreSlim(0);
            var task = StartHeard(call, token, () => Wake(signal));
            // A statement lambda: a continuation that returns nothing is the framework's shared code, while one that
            // returns Release's int is compiled afresh in every process (4 methods on the first command).
            task.ContinueWith(_ => { signal.Release(); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

            // Ctrl+C also wakes the wait: what the request is doing may not listen to the token (AWSSDK.Core
            // refreshes assume-role and SSO credentials through STS/SSO clients of its own, without it).
            using (StopToken.Register(() => signal.Release()))
            {
                while (!task.IsCompleted && !StopToken.IsCancellationRequested)
                {
                    // Only this thread may write to the pipeline's streams. Not the call's token: the Ctrl+C registration
                    // above wakes this wait, and so does the call's end.
                    signal.Wait(CancellationToken.None);
                    WriteRetryNotices();
                }
            }

            if (!task.IsCompleted)
            {
                Abandon(task);
                throw new PipelineStoppedException();
            }

            WriteRetryNotices();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception) when (StopToken.IsCancellationRequested)
            {
                // The cancelled request may surface as a broken connection: the user stopped it, nothing failed.
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// Starts <paramref name="call"/> so that the retries of its requests are heard by this command: they queue up
        /// until <see cref="WriteRetryNotices"/> writes them from the pipeline thread. For calls the command runs
        /// several at a time (Get-IEJob -IncludeStatus); <see cref="Await{T}(Func{CancellationToken, Task{T}})"/> uses it for one.
        /// </summary>
        protected Task<T> StartHeard<T>(Func<CancellationToken, Task<T>> call, CancellationToken token) => StartHeard(call, token, null);

        private Task<T> StartHeard<T>(Func<CancellationToken, Task<T>> call, CancellationToken token, Action? onNotice)
        {
            // The listener and the stop token are logical-call values: the task started here carries them along,
            // including into what Core calls without a token (a credential refresh in the request).
            using (CommandCancellation.Use(StopToken))
            using (RetryBudget.Use(_retryBudget))
            {
                return RetryNotices.Start(
                    () => call(token),
                    notice =>
                    {
                        _notices.Enqueue(notice);
                        onNotice?.Invoke();
                    });
            }
        }

        /// <summary>Writes the retry notices heard so far to the verbose stream (only the pipeline thread may).</summary>
        protected void WriteRetryNotices()
        {
            while (_notices.TryDequeue(out var notice))
            {
                WriteVerbose(notice);
            }
        }

        private readonly ConcurrentQueue<string> _notices = new ConcurrentQueue<string>();

        // A call abandoned at Ctrl+C may still report a retry after the wait is over.
        private static void Wake(SemaphoreSlim signal)
        {
            try
            {
                signal.Release();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        /// <summary>This command as the runner of calls the engine makes on its behalf (the import waiter's looks).</summary>
        internal ICallRunner CallRunner() => new CommandCallRunner(this);

        private sealed class CommandCallRunner : ICallRunner
        {
            private readonly AwsCmdlet _command;

            public CommandCallRunner(AwsCmdlet command)
            {
                _command = command;
            }

            public T Run<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) => _command.Await(call, cancellationToken);
        }

        private ServiceConnection<TClient> Connect<TClient>(string service, Func<AwsConnectionSettings, ServiceConnection<TClient>> factory)
            where TClient : IDisposable
        {
            try
            {
                var connection = WithStopToken(() => factory(Settings));
                foreach (var note in SharedProfiles.MissingNamedFiles(Settings.ProfileLocation, Settings.Environment))
                {
                    WriteVerbose($"{service}: {note}.");
                }

                WriteVerbose($"{service}: endpoint {connection.Endpoint}, {connection.Proxy}, signing region {connection.Region} ({connection.RegionSource}), " +
                             $"credentials from {connection.CredentialSource} (access key {Mask(connection.AccessKeyId)}), {connection.Retry.Describe()}.");
                return connection;
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                ThrowTerminatingError(ErrorCatalogue.ServiceError(ex, service));
                throw; // not reached: ThrowTerminatingError always throws
            }
        }

        protected override void ApplyParameters(AwsConnectionSettings settings)
        {
            settings.Region = Region;
            settings.RegionSource = Region is null ? settings.RegionSource : "the -Region parameter";
            settings.EndpointUrl = EndpointUrl;
            settings.EndpointUrlSource = "-EndpointUrl";
            settings.MaxRetries = MaxRetry;
            settings.MaxRetriesSource = "-MaxRetry";
            AwsToolsClientConfig.Apply(ClientConfig, settings);
            if (settings.Region is null && CredentialConversion.Unwrap(SessionState.PSVariable.GetValue("StoredAWSRegion")) is string storedRegion && storedRegion.Length > 0)
            {
                settings.Region = storedRegion;
                settings.RegionSource = "$StoredAWSRegion";
            }
        }

        private static string Mask(string accessKeyId) =>
            accessKeyId.Length <= 8 ? "****" : accessKeyId.Substring(0, 4) + new string('*', accessKeyId.Length - 8) + accessKeyId.Substring(accessKeyId.Length - 4);
    }
}
