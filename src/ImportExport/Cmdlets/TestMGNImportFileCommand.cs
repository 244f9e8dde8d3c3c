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
        public string[] Path { get; set; } = System.Array.Empty<string>();

        /// <summary>Inventory files, taken as written; binds from Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = System.Array.Empty<string>();

        /// <summary>Return only $true (no problem) or $false for each file.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>
        /// The file's encoding when it is not UTF-8: a code page (1252, 850) or a name as Get-Content -Encoding takes
        /// it. The text is checked as the UTF-8 that Start-MGNImport -Encoding would upload.
        /// </summary>
        [Parameter]
        [EncodingTransformation]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public System.Text.Encoding? Encoding { get; set; }

        protected override void ProcessRecord()
        {
            var literal = ParameterSetName == LiteralPathSet;
            foreach (var file in InventoryInput.Resolve(this, literal ? LiteralPath : Path, literal, literal ? "-LiteralPath" : "-Path"))
            {
                var check = InventoryInput.Load(this, file, Encoding, out _);
                if (check is null)
                {
                    if (Quiet)
                    {
                        WriteObject(false);
                    }

                    continue;
                }

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
