namespace ImportExport.PowerShell
{
    /// <summary>Completes -ExportId with the MGN exports this session has started, listed or waited for.</summary>
    public sealed class ExportIdCompleter : RememberedIdCompleter
    {
        public ExportIdCompleter()
            : base(MgnTaskKinds.Export.Seen)
        {
        }

        /// <summary>Remembers an export for completion, with its status, region and S3 object as the tooltip.</summary>
        public static void Remember(ImportExport.Mgn.ExportTask? export) => MgnTaskKinds.Export.Remember(export);
    }
}
