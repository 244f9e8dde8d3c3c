namespace ImportExport.PowerShell
{
    /// <summary>Completes -ImportId with the MGN imports this session has started, listed or waited for.</summary>
    public sealed class ImportIdCompleter : RememberedIdCompleter
    {
        public ImportIdCompleter()
            : base(MgnTaskKinds.Import.Seen)
        {
        }

        /// <summary>Remembers an import for completion, with its status, region and S3 source as the tooltip.</summary>
        public static void Remember(ImportExport.Mgn.ImportTask? import) => MgnTaskKinds.Import.Remember(import);
    }
}
