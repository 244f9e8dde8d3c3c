using System.Globalization;
using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.Query;

namespace ImportExport.Emulator.IE;

/// <summary>The Import/Export actions that read jobs: GetStatus and ListJobs.</summary>
internal sealed class JobQueries(EmulatorState state)
{
    public ServiceResponse GetStatus(QueryRequest request)
    {
        var jobId = request.Required("JobId");

        // Copy what is written under the lock; canceled and expired jobs still report their status.
        var job = state.Jobs.With(jobId, request.Caller.AccountId, j => j.ToSnapshot()) ?? throw JobLookup.NoSuchJob(jobId);

        using var xml = request.Result("GetStatus", 2048 + job.Manifest.Length);
        xml.Element("JobId", job.JobId)
            .Element("JobType", job.JobType)
            .Element("LocationCode", job.LocationCode)
            .Element("LocationMessage", job.LocationMessage)
            .Element("ProgressCode", job.ProgressCode)
            .Element("ProgressMessage", job.ProgressMessage)
            .Element("Carrier", job.Carrier)
            .Element("TrackingNumber", job.LocationCode == LocationCodes.Returned ? job.TrackingNumber : null)
            .Element("LogBucket", job.LogBucket)
            .Element("LogKey", job.LogKey)
            .Element("ErrorCount", job.ProgressCode is ProgressCodes.Complete or ProgressCodes.SuccessWithErrors ? job.ErrorCount ?? 0 : null)
            .Element("Signature", job.Signature)
            .Element("SignatureFileContents", job.SignatureFileContents)
            .Element("CurrentManifest", job.Manifest)
            .Element("CreationDate", ImportExportJob.FormatDate(job.CreationDate));
        JobArtifacts.Write(xml, request, job.JobId);
        return request.Ok(xml);
    }

    public ServiceResponse ListJobs(QueryRequest request)
    {
        var maxJobs = 1000;
        if (request.Optional("MaxJobs") is { } text
            && (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out maxJobs) || maxJobs < 1 || maxJobs > 1000))
        {
            throw new ServiceErrorException(400, "InvalidParameterException", $"MaxJobs must be an integer from 1 to 1000, not '{text}'.");
        }

        var marker = request.Optional("Marker");
        var (jobs, truncated) = state.Jobs.List(request.Caller.AccountId, maxJobs, marker)
            ?? throw new ServiceErrorException(400, "InvalidParameterException", $"Marker '{marker}' is not the id of one of your jobs.");

        using var xml = request.Result("ListJobs", 256 + (jobs.Count * 160));
        xml.StartElement("Jobs");
        foreach (var job in jobs)
        {
            xml.StartElement("member");
            xml.Element("JobId", job.JobId)
                .Element("CreationDate", ImportExportJob.FormatDate(job.CreationDate))
                .Element("IsCanceled", job.IsCanceled)
                .Element("JobType", job.JobType);
            xml.EndElement();
        }

        xml.EndElement();
        xml.Element("IsTruncated", truncated);
        return request.Ok(xml);
    }
}
