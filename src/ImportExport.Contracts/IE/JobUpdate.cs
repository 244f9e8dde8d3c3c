namespace ImportExport.IE
{
    /// <summary>The outcome of UpdateJob (Update-IEJob).</summary>
    public sealed class JobUpdate
    {
        public string? JobId { get; set; }
        public bool Success { get; set; }
        public string? WarningMessage { get; set; }
        public ArtifactList ArtifactList { get; set; } = ArtifactList.Empty;
        public bool ValidateOnly { get; set; }

        /// <summary>The job id, so that <c>"$update"</c> and a string parameter get the id.</summary>
        public override string ToString() => JobId ?? string.Empty;
    }
}
