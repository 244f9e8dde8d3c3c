namespace ImportExport.IE
{
    /// <summary>A job as CreateJob returns it (New-IEJob).</summary>
    public sealed class CreatedJob
    {
        public string? JobId { get; set; }

        /// <summary>"Import" or "Export" (the name of a <see cref="IE.JobType"/>).</summary>
        public string? JobType { get; set; }

        public string? Signature { get; set; }
        public string? SignatureFileContents { get; set; }
        public string? WarningMessage { get; set; }
        public ArtifactList ArtifactList { get; set; } = ArtifactList.Empty;

        /// <summary>True when the request only validated the manifest (no job was created).</summary>
        public bool ValidateOnly { get; set; }

        /// <summary>The job id, so that <c>"$job"</c> and a string parameter get the id.</summary>
        public override string ToString() => JobId ?? string.Empty;
    }
}
