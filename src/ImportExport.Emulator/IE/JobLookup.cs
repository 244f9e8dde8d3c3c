using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.Query;

namespace ImportExport.Emulator.IE;

/// <summary>Finding the job a request names, and the errors for one that is not the caller's or can no longer be used, worded once for every action.</summary>
internal static class JobLookup
{
    /// <summary>A copy of the caller's job, refused when it has been canceled or has expired.</summary>
    public static JobSnapshot FindUsable(EmulatorState state, QueryRequest request, string jobId)
    {
        var job = state.Jobs.With(jobId, request.Caller.AccountId, j => j.ToSnapshot()) ?? throw NoSuchJob(jobId);
        return job.ProgressCode switch
        {
            ProgressCodes.Canceled => throw Canceled(jobId),
            ProgressCodes.Expired => throw Expired(jobId),
            _ => job,
        };
    }

    /// <summary>The error for a job that can no longer be changed, or null; for checks made under the job store's lock.</summary>
    public static ServiceErrorException? StateError(ImportExportJob job) =>
        job.IsCanceled ? Canceled(job.JobId)
        : job.IsExpired ? Expired(job.JobId)
        : null;

    public static ServiceErrorException NoSuchJob(string jobId) =>
        new(400, "InvalidJobIdException", $"No such job {jobId} for your account");

    private static ServiceErrorException Canceled(string jobId) =>
        new(400, "CanceledJobIdException", $"The specified job ID has been canceled and is no longer valid: {jobId}");

    private static ServiceErrorException Expired(string jobId) =>
        new(400, "ExpiredJobIdException", $"The specified job ID has expired: {jobId}");
}
