namespace ImportExport.Mgn
{
    /// <summary>The statuses an export task goes through (<c>[ImportExport.Mgn.ExportStatus]::Succeeded</c>).</summary>
    public static class ExportStatus
    {
        public const string Pending = "PENDING";
        public const string Started = "STARTED";
        public const string Failed = "FAILED";
        public const string Succeeded = "SUCCEEDED";
    }
}
