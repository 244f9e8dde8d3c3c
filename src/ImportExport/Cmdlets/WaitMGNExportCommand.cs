using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Wait-MGNExport: waits until MGN exports end, showing their progress, and emits the final ExportTask of each
    /// export; a FAILED one is also an error that says how many errors it has and how to list them.
    /// Exports from the pipeline are gathered and watched together (ten per ListExports request).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "MGNExport")]
    [OutputType(typeof(ExportTask))]
    public sealed class WaitMGNExportCommand : MgnTaskWaitCmdlet
    {
        public WaitMGNExportCommand()
        {
            Wait = (connection, ids) => ExportWaitReporter.Run(this, ExportWaiter.For(connection.Client, CallRunner()), ids, WaitOptions, StopToken, connection.Region);
        }

        /// <summary>The exports to wait for; binds from the ExportId of Start-MGNExport and Get-MGNExport output.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ExportIdTransformation]
        [ValidateExportId]
        [ArgumentCompleter(typeof(ExportIdCompleter))]
        public string[] ExportId { get; set; } = System.Array.Empty<string>();

        /// <summary>The ARN of an export from the pipeline (Start-MGNExport, Get-MGNExport): its region is where to look.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [Alias("Arn")]
        public string? ExportArn { get; set; }

        protected override void ProcessRecord()
        {
            Gather(ImportTask.RegionOf(ExportArn), ExportId);
            ExportArn = null;
        }

        private protected override string Noun => MgnTaskKinds.Export.Noun;
    }
}
