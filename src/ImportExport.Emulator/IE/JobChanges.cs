using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.Query;
using ImportExport.Manifest;

namespace ImportExport.Emulator.IE;

/// <summary>The Import/Export actions that create or change a job: CreateJob, UpdateJob and CancelJob.</summary>
internal sealed class JobChanges(EmulatorState state)
{
    public ServiceResponse CreateJob(QueryRequest request)
    {
        var jobType = request.RequiredJobType();
        var manifest = request.Required("Manifest");
        var validateOnly = request.RequiredBoolean("ValidateOnly");
        var (logBucket, logPrefix) = CheckManifest(request, manifest, jobType);

        using var xml = request.Result("CreateJob");
        if (validateOnly)
        {
            // Nothing is created, so there is no JobId or signature to return; the model makes them all optional.
            xml.Element("JobType", jobType);
            return request.Ok(xml);
        }

        var job = state.Jobs.Create(request.Caller.AccountId, request.Caller.AccessKeyId, jobType, manifest, logBucket, logPrefix, request.Exchange.Now);
        xml.Element("JobId", job.JobId)
            .Element("JobType", job.JobType)
            .Element("Signature", job.Signature)
            .Element("SignatureFileContents", job.SignatureFileContents);
        JobArtifacts.Write(xml, request, job.JobId);
        return request.Ok(xml);
    }

    public ServiceResponse UpdateJob(QueryRequest request)
    {
        var jobId = request.Required("JobId");
        var manifest = request.Required("Manifest");
        var jobType = request.RequiredJobType();
        var validateOnly = request.RequiredBoolean("ValidateOnly");

        var current = JobLookup.FindUsable(state, request, jobId);
        if (current.JobType != jobType)
        {
            throw new ServiceErrorException(400, "InvalidParameterException", $"JobType {jobType} does not match the type of job {jobId} ({current.JobType}).");
        }

        if (current.HasStarted)
        {
            throw new ServiceErrorException(400, "UnableToUpdateJobIdException", $"Job {jobId} can no longer be updated: the data transfer has started ({current.LocationCode}/{current.ProgressCode}).");
        }

        var (logBucket, logPrefix) = CheckManifest(request, manifest, jobType);
        if (!validateOnly)
        {
            // Re-check under the lock: the job may have moved on while the manifest was validated.
            state.Jobs.TryUpdate(jobId, request.Caller.AccountId, job =>
            {
                if (JobLookup.StateError(job) is { } problem)
                {
                    throw problem;
                }

                if (job.HasStarted)
                {
                    throw new ServiceErrorException(400, "UnableToUpdateJobIdException", $"Job {jobId} can no longer be updated: the data transfer has started.");
                }

                (job.Manifest, job.LogBucket, job.LogPrefix) = (manifest, logBucket, logPrefix);
            });
        }

        using var xml = request.Result("UpdateJob");
        xml.Element("Success", true);
        JobArtifacts.Write(xml, request, jobId);
        return request.Ok(xml);
    }

    public ServiceResponse CancelJob(QueryRequest request)
    {
        var jobId = request.Required("JobId");
        var found = state.Jobs.TryUpdate(jobId, request.Caller.AccountId, job =>
        {
            if (JobLookup.StateError(job) is { } problem)
            {
                throw problem;
            }

            if (job.HasStarted)
            {
                throw new ServiceErrorException(400, "UnableToCancelJobIdException", $"Job {jobId} can no longer be canceled: the data transfer has started ({job.LocationCode}/{job.ProgressCode}).");
            }

            job.ProgressCode = ProgressCodes.Canceled;
        });
        if (!found)
        {
            throw JobLookup.NoSuchJob(jobId);
        }

        using var xml = request.Result("CancelJob");
        xml.Element("Success", true);
        return request.Ok(xml);
    }

    /// <summary>Validates the manifest and what it refers to; returns the log bucket and prefix the job will use.</summary>
    private (string LogBucket, string LogPrefix) CheckManifest(QueryRequest request, string manifest, string jobType)
    {
        var result = ManifestValidator.Validate(manifest, jobType == "Import" ? ManifestJobType.Import : ManifestJobType.Export);
        if (!result.IsValid)
        {
            var first = result.Problems[0];
            var message = string.Join(" ", result.Problems.Select(p => p.Message));
            throw new ServiceErrorException(400, first.ErrorCode, message);
        }

        if (!string.Equals(result.AccessKeyId?.Trim(), request.Caller.AccessKeyId, StringComparison.Ordinal))
        {
            throw new ServiceErrorException(400, "InvalidAccessKeyIdException",
                $"The accessKeyId in the manifest ({result.AccessKeyId}) does not match the AWS Access Key Id that signed the request ({request.Caller.AccessKeyId}).");
        }

        foreach (var bucket in result.Buckets)
        {
            if (!state.BucketExists(bucket))
            {
                throw new ServiceErrorException(400, "NoSuchBucketException", $"The specified bucket does not exist: {bucket}");
            }
        }

        var document = result.Document!;
        var logBucket = document.GetValueOrDefault("logBucket") as string ?? document.GetValueOrDefault("bucket") as string ?? string.Empty;
        var logPrefix = document.GetValueOrDefault("logPrefix") as string ?? string.Empty;
        return (logBucket.Trim(), logPrefix);
    }
}
