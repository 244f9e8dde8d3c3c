namespace ImportExport.Mgn
{
    /// <summary>The statuses an import task goes through (<c>[ImportExport.Mgn.ImportStatus]::Succeeded</c>).</summary>
    public static class ImportStatus
    {
        public const string Pending = "PENDING";
        public const string Started = "STARTED";
        public const string Failed = "FAILED";
        public const string Succeeded = "SUCCEEDED";
    }
}
