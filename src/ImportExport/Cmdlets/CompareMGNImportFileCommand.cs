using System.Linq;
using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Compare-MGNImportFile: what an import of an inventory file would create, modify, leave unchanged or refuse,
    /// without importing it. The file is applied to the current inventory (an export already downloaded,
    /// -ReferencePath) by the shared rule set the emulator's import uses (<see cref="InventoryPreview"/>), so its
    /// Create and Modify counts are the import summary's createdCount and modifiedCount.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "MGNImportFile", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(ImportFileChange))]
    public sealed class CompareMGNImportFileCommand : AwsCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        private CurrentInventory? _current;
        private bool _referenceFailed;

        /// <summary>Inventory files to compare; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = System.Array.Empty<string>();

        /// <summary>Inventory files, taken as written; binds from Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = System.Array.Empty<string>();

        /// <summary>An MGN export already downloaded (Export-MGNInventory, or the CSV of Start-MGNExport): the inventory to compare against, taken as written.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string ReferencePath { get; set; } = string.Empty;

        /// <summary>The encoding of the inventory files when they are not UTF-8, as Test-MGNImportFile takes it.</summary>
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
                var current = check is null ? null : Current();
                if (check is null || current is null)
                {
                    continue;
                }

                var lines = InventoryPreview.Of(check, current.Model, current.AccountId ?? AccountOfRows(check), current.Region);
                WriteVerbose(Summary(file, lines));
                foreach (var line in lines)
                {
                    line.File = file;
                    WriteObject(line);
                }
            }
        }

        /// <summary>The inventory to compare against, read once for every file; null after an error.</summary>
        private CurrentInventory? Current()
        {
            if (_current is null && !_referenceFailed)
            {
                _current = CurrentInventory.FromReference(this, ReferencePath, MyInvocation.BoundParameters.ContainsKey(nameof(Region)) ? Region : null);
                _referenceFailed = _current is null;
            }

            return _current;
        }

        // An export without rows names no account: the file's own mgn:account-id is then taken as the importer's.
        private string AccountOfRows(InventoryCheck check)
        {
            var account = check.Rows.Select(r => r.AccountId).FirstOrDefault(a => a != null);
            if (account != null)
            {
                WriteWarning($"The reference names no account (it has no rows), so the rows' mgn:account-id {account} is taken as the account the import runs as.");
            }

            return account ?? string.Empty;
        }

        private static string Summary(string file, System.Collections.Generic.List<ImportFileChange> lines)
        {
            string Count(ImportFileAction action) => string.Join(", ",
                new[] { ImportFileResourceType.Wave, ImportFileResourceType.Application, ImportFileResourceType.Server }
                    .Select(type => $"{lines.Where(l => l.Action == action.ToString() && l.ResourceType == type.ToString()).Select(l => l.Id ?? l.Name).Distinct().Count()} {type.ToString().ToLowerInvariant()}(s)"));
            return $"{file}: the import would create {Count(ImportFileAction.Create)}; modify {Count(ImportFileAction.Modify)}; " +
                $"leave unchanged {Count(ImportFileAction.Unchanged)}; {lines.Where(l => l.Action == nameof(ImportFileAction.Fail)).Select(l => l.RowNumber).Distinct().Count()} row(s) fail.";
        }
    }
}
