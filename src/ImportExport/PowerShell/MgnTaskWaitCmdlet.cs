using System;
using System.Collections.Generic;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// What Wait-MGNImport and Wait-MGNExport share: the ids from the pipeline are gathered by the region of the ARN
    /// they came with (null: the command's region), in the order they came, and each region's ids are waited for
    /// together once the pipeline has ended; a service failure that ends one region's wait is that wait's error.
    /// The id parameters stay on each cmdlet (their completers and checks differ); this holds -Timeout, -PollInterval
    /// and the one gathering loop.
    /// </summary>
    public abstract class MgnTaskWaitCmdlet : AwsCmdlet
    {
        private readonly List<KeyValuePair<string?, List<string>>> _ids = new List<KeyValuePair<string?, List<string>>>();

        /// <summary>Stop waiting after this long (a TimeSpan, or seconds). Without it the wait lasts until every task ends.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>Look at the tasks at this fixed interval (a TimeSpan, or seconds) instead of backing off from 1 to 15 seconds.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        /// <summary>"import" or "export": where the region of an ARN came from, in messages.</summary>
        private protected abstract string Noun { get; }

        /// <summary>Waits for <paramref name="ids"/> on <paramref name="connection"/> (its client and region) and reports what happened.</summary>
        private protected delegate void TaskWait(ServiceConnection<MgnClient> connection, List<string> ids);

        /// <summary>
        /// The kind's wait, set by each cmdlet's constructor. A delegate, not an abstract method: PowerShell's
        /// Import-Module loads every exported type, and overriding a method whose signature names the engine's types
        /// makes the runtime load ImportExport.Engine to match the override, so the import would load the engine
        /// (tests/Pester/ServiceFreeSession.Tests.ps1).
        /// </summary>
        private protected TaskWait? Wait { get; set; }

        /// <summary>-Timeout and -PollInterval as the waiter takes them.</summary>
        private protected ImportWaitOptions WaitOptions => ImportWaitParameters.Options(Timeout, PollInterval);

        /// <summary>Adds <paramref name="ids"/>, found with an ARN of <paramref name="region"/>, to the wait.</summary>
        private protected void Gather(string? region, IEnumerable<string> ids)
        {
            var group = _ids.Find(g => g.Key == region);
            if (group.Value is null)
            {
                group = new KeyValuePair<string?, List<string>>(region, new List<string>());
                _ids.Add(group);
            }

            group.Value.AddRange(ids);
        }

        protected override void BeginProcessing() => ImportWaitParameters.Check(this, Timeout, PollInterval);

        protected override void EndProcessing()
        {
            foreach (var group in _ids)
            {
                var connection = MgnFor(group.Key, $"the {Noun}'s ARN");
                try
                {
                    Wait!(connection, group.Value);
                }
                catch (Exception ex) when (IsServiceFailure(ex) && !StopToken.IsCancellationRequested)
                {
                    WriteServiceError(ex, string.Join(",", group.Value));
                }
            }
        }
    }
}
