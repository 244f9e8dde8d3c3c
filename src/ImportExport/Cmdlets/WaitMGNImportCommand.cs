using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Wait-MGNImport: waits until MGN imports end, showing their progress, and emits the final ImportTask of each
    /// import that SUCCEEDED; a FAILED one is an error that says how many errors it has and how to list them.
    /// Imports from the pipeline are gathered and watched together (ten per ListImports request).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "MGNImport")]
    [OutputType(typeof(ImportTask))]
    public sealed class WaitMGNImportCommand : AwsCmdlet
    {
        private readonly List<string> _importIds = new List<string>();

        /// <summary>The imports to wait for; binds from the ImportId of Start-MGNImport and Get-MGNImport output.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateImportId]
        public string[] ImportId { get; set; } = new string[0];

        /// <summary>Stop waiting after this long (a TimeSpan, or seconds). Without it the wait lasts until every import ends.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>Look at the imports at this fixed interval (a TimeSpan, or seconds) instead of backing off from 1 to 15 seconds.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        protected override void BeginProcessing() => ImportWaitParameters.Check(this, Timeout, PollInterval);

        protected override void ProcessRecord() => _importIds.AddRange(ImportId);

        protected override void EndProcessing()
        {
            if (_importIds.Count == 0)
            {
                return;
            }

            try
            {
                ImportWaitReporter.Run(this, ImportWaiter.For(Mgn.Client), _importIds, ImportWaitParameters.Options(Timeout, PollInterval), StopToken);
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                WriteServiceError(ex, string.Join(",", _importIds));
            }
        }
    }
}
