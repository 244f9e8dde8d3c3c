using System;
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
    public sealed class WaitMGNImportCommand : MgnTaskWaitCmdlet
    {
        public WaitMGNImportCommand()
        {
            Wait = (connection, ids) => ImportWaitReporter.Run(this, ImportWaiter.For(connection.Client, CallRunner()), ids, WaitOptions, StopToken, connection.Region);
        }

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

        protected override void ProcessRecord()
        {
            Gather(ImportTask.RegionOf(ImportArn), ImportArnInput.Required(this, ImportId, ImportArn));
            ImportArn = null;
            ImportId = Array.Empty<string>();
        }

        private protected override string Noun => MgnTaskKinds.Import.Noun;
    }
}
