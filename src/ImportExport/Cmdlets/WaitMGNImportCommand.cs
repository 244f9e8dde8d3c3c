using System;
using System.Collections.Generic;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Wait-MGNImport: waits until MGN imports end, showing their progress, and emits the final ImportTask of each
    /// import that ended; a FAILED one is also an error that says how many errors it has and how to list them.
    /// Imports from the pipeline are gathered and watched together (ten per ListImports request).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "MGNImport")]
    [OutputType(typeof(ImportTask))]
    public sealed class WaitMGNImportCommand : AwsCmdlet
    {
        // Imports by the region they were found in (null: the command's region), in the order they came.
        private readonly List<KeyValuePair<string?, List<string>>> _importIds = new List<KeyValuePair<string?, List<string>>>();

        /// <summary>The imports to wait for; binds from the ImportId of Start-MGNImport and Get-MGNImport output.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ImportIdTransformation]
        [ValidateImportId]
        [ArgumentCompleter(typeof(ImportIdCompleter))]
        public string[] ImportId { get; set; } = System.Array.Empty<string>();

        /// <summary>The ARN of an import (the Arn of Start-MGNImport and Get-MGNImport output): alone it names the import; its region is where to look for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Arn")]
        public string? ImportArn { get; set; }

        /// <summary>Stop waiting after this long (a TimeSpan, or seconds). Without it the wait lasts until every import ends.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>Look at the imports at this fixed interval (a TimeSpan, or seconds) instead of backing off from 1 to 15 seconds.</summary>
        [Parameter]
        [TimeSpanSecondsTransformation]
        public TimeSpan? PollInterval { get; set; }

        protected override void BeginProcessing() => ImportWaitParameters.Check(this, Timeout, PollInterval);

        protected override void ProcessRecord()
        {
            var region = ImportTask.RegionOf(ImportArn);
            var group = _importIds.Find(g => g.Key == region);
            if (group.Value is null)
            {
                group = new KeyValuePair<string?, List<string>>(region, new List<string>());
                _importIds.Add(group);
            }

            group.Value.AddRange(ImportArnInput.Required(this, ImportId, ImportArn));
            ImportArn = null;
            ImportId = System.Array.Empty<string>();
        }

        protected override void EndProcessing()
        {
            foreach (var group in _importIds)
            {
                var connection = MgnFor(group.Key, "the import's ARN");
                try
                {
                    ImportWaitReporter.Run(this, ImportWaiter.For(connection.Client, CallRunner()), group.Value, ImportWaitParameters.Options(Timeout, PollInterval), StopToken, connection.Region);
                }
                catch (Exception ex) when (IsServiceFailure(ex) && !StopToken.IsCancellationRequested)
                {
                    WriteServiceError(ex, string.Join(",", group.Value));
                }
            }
        }
    }
}
