using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ImportExport.IE
{
    /// <summary>Whether a job moves data into Amazon S3 (Import) or out of it (Export).</summary>
    public enum JobType
    {
        Import,
        Export,
    }

    /// <summary>A discrete item of a job, such as a PDF, with a description and where to get it.</summary>
    public sealed class Artifact
    {
        public Artifact(string? description, string? url)
        {
            Description = description;
            URL = url;
        }

        public string? Description { get; }

        public string? URL { get; }

        public override string ToString() => string.IsNullOrEmpty(Description) ? URL ?? string.Empty : $"{Description}: {URL}";
    }

    /// <summary>
    /// The artifacts of a job. Its text form lists them, so a CSV cell reads "Label: https://…"
    /// rather than a collection type name.
    /// </summary>
    public sealed class ArtifactList : ReadOnlyCollection<Artifact>
    {
        public static readonly ArtifactList Empty = new ArtifactList(Array.Empty<Artifact>());

        public ArtifactList(IList<Artifact> artifacts)
            : base(artifacts)
        {
        }

        public override string ToString() => string.Join("; ", this.Select(a => a.ToString()));
    }

    /// <summary>Job ids as one value (a shipping label covers several jobs); reads as "ABCDE, FGHIJ".</summary>
    public sealed class JobIdList : ReadOnlyCollection<string>
    {
        public JobIdList(IList<string> jobIds)
            : base(jobIds)
        {
        }

        public override string ToString() => string.Join(", ", this);
    }

    /// <summary>A job as CreateJob returns it (New-IEJob).</summary>
    public sealed class CreatedJob
    {
        public string? JobId { get; set; }
        public JobType? JobType { get; set; }
        public string? Signature { get; set; }
        public string? SignatureFileContents { get; set; }
        public string? WarningMessage { get; set; }
        public ArtifactList ArtifactList { get; set; } = ArtifactList.Empty;

        /// <summary>True when the request only validated the manifest (no job was created).</summary>
        public bool ValidateOnly { get; set; }
    }

    /// <summary>The outcome of UpdateJob (Update-IEJob).</summary>
    public sealed class JobUpdate
    {
        public string? JobId { get; set; }
        public bool Success { get; set; }
        public string? WarningMessage { get; set; }
        public ArtifactList ArtifactList { get; set; } = ArtifactList.Empty;
        public bool ValidateOnly { get; set; }
    }

    /// <summary>The outcome of CancelJob (Stop-IEJob -PassThru).</summary>
    public sealed class CanceledJob
    {
        public string? JobId { get; set; }
        public bool Success { get; set; }
    }

    /// <summary>Where a job is and how it is doing (GetStatus).</summary>
    public sealed class JobStatus
    {
        public string? JobId { get; set; }
        public JobType? JobType { get; set; }
        public string? LocationCode { get; set; }
        public string? LocationMessage { get; set; }
        public string? ProgressCode { get; set; }
        public string? ProgressMessage { get; set; }
        public string? Carrier { get; set; }
        public string? TrackingNumber { get; set; }
        public string? LogBucket { get; set; }
        public string? LogKey { get; set; }
        public int? ErrorCount { get; set; }
        public string? Signature { get; set; }
        public string? SignatureFileContents { get; set; }
        public string? CurrentManifest { get; set; }
        public DateTime? CreationDate { get; set; }

        /// <summary>CreationDate in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? CreationDateUtc => CreationDate?.ToUniversalTime();
        public ArtifactList ArtifactList { get; set; } = ArtifactList.Empty;
    }

    /// <summary>One job of a ListJobs page.</summary>
    public sealed class JobSummary
    {
        public string? JobId { get; set; }
        public DateTime? CreationDate { get; set; }

        /// <summary>CreationDate in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? CreationDateUtc => CreationDate?.ToUniversalTime();
        public bool IsCanceled { get; set; }
        public JobType? JobType { get; set; }
    }

    /// <summary>One page of ListJobs.</summary>
    public sealed class JobListPage
    {
        public JobListPage(IReadOnlyList<JobSummary> jobs, bool isTruncated)
        {
            Jobs = jobs;
            IsTruncated = isTruncated;
        }

        public IReadOnlyList<JobSummary> Jobs { get; }

        public bool IsTruncated { get; }

        /// <summary>The marker that continues the listing after this page (the last job id), or null at the end.</summary>
        public string? NextMarker => IsTruncated && Jobs.Count > 0 ? Jobs[Jobs.Count - 1].JobId : null;
    }

    /// <summary>A pre-paid shipping label for one or more jobs (GetShippingLabel).</summary>
    public sealed class ShippingLabel
    {
        public JobIdList JobId { get; set; } = new JobIdList(Array.Empty<string>());
        public string? ShippingLabelURL { get; set; }
        public string? Warning { get; set; }
    }

    /// <summary>The return address a shipping label is made out from.</summary>
    public sealed class ReturnAddress
    {
        public string? Name { get; set; }
        public string? Company { get; set; }
        public string? PhoneNumber { get; set; }
        public string? Country { get; set; }
        public string? StateOrProvince { get; set; }
        public string? City { get; set; }
        public string? PostalCode { get; set; }
        public string? Street1 { get; set; }
        public string? Street2 { get; set; }
        public string? Street3 { get; set; }
    }
}
