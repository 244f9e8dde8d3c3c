namespace ImportExport.IE
{
    /// <summary>The outcome of CancelJob (Stop-IEJob -PassThru).</summary>
    public sealed class CanceledJob
    {
        public string? JobId { get; set; }
        public bool Success { get; set; }

        /// <summary>The job id, so that <c>"$canceled"</c> and a string parameter get the id.</summary>
        public override string ToString() => JobId ?? string.Empty;
    }
}
