using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Test-MGNImportFile: checks MGN inventory CSV files locally with the rules the import applies (the emulator's
    /// StartImport uses the same rule set) and reports every problem as an object shaped like a Get-MGNImportError
    /// row, plus File, Column, Value and Rule. A valid file produces no output; -Quiet answers $true or $false.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "MGNImportFile", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(ImportFileProblem))]
    [OutputType(typeof(bool))]
    public sealed class TestMGNImportFileCommand : PSCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        /// <summary>Inventory files; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Inventory files, taken as written; binds from Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = new string[0];

        /// <summary>Return only $true (no problem) or $false for each file.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            var literal = ParameterSetName == LiteralPathSet;
            foreach (var file in InventoryInput.Resolve(this, literal ? LiteralPath : Path, literal, literal ? "-LiteralPath" : "-Path"))
            {
                var bytes = InventoryInput.Read(this, file);
                if (bytes is null)
                {
                    if (Quiet)
                    {
                        WriteObject(false);
                    }

                    continue;
                }

                var check = InventoryInput.Check(file, bytes);
                WriteVerbose($"{file}: {check.DataRowCount} row(s) checked; {(check.IsValid ? "no problem" : check.Problems.Count + " problem(s)")}.");
                if (Quiet)
                {
                    WriteObject(check.IsValid);
                    continue;
                }

                foreach (var problem in check.Problems)
                {
                    WriteObject(problem);
                }
            }
        }
    }
}
