namespace ImportExport.IE
{
    /// <summary>
    /// Whether a job moves data into Amazon S3 (Import) or out of it (Export): the type of New-IEJob's and
    /// Update-IEJob's <c>-JobType</c>. Output objects carry the job type as its name (<c>"Import"</c>, <c>"Export"</c>),
    /// so it reads as text in ConvertTo-Json and Export-Csv as in a table; <c>$job.JobType -eq [ImportExport.IE.JobType]::Export</c>
    /// and <c>[ImportExport.IE.JobType]$job.JobType</c> still work.
    /// </summary>
    public enum JobType
    {
        Import,
        Export,
    }
}
