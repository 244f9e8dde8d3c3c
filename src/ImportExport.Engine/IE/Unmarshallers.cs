using System.Collections.Generic;

namespace ImportExport.IE
{
    // One small reader per operation: each knows only the element names of its result.

    internal sealed class CreateJobResultReader : QueryResponseUnmarshaller<CreateJobResultReader.State>
    {
        public static readonly CreateJobResultReader Instance = new CreateJobResultReader();

        protected override string Operation => "CreateJob";

        protected override State CreateResult() => new State();

        protected override void OnElement(State result, int depth, string name, string parent, string text)
        {
            var job = result.Job;
            if (depth == 1)
            {
                switch (name)
                {
                    case "JobId": job.JobId = text; break;
                    case "JobType": job.JobType = ParseJobType(text); break;
                    case "Signature": job.Signature = text; break;
                    case "SignatureFileContents": job.SignatureFileContents = text; break;
                    case "WarningMessage": job.WarningMessage = text; break;
                }
            }
            else
            {
                OnArtifactElement(result.Artifacts, depth, name, parent, text);
            }
        }

        internal sealed class State
        {
            public CreatedJob Job { get; } = new CreatedJob();
            public List<Artifact> Artifacts { get; } = new List<Artifact>();
        }
    }

    internal sealed class UpdateJobResultReader : QueryResponseUnmarshaller<UpdateJobResultReader.State>
    {
        public static readonly UpdateJobResultReader Instance = new UpdateJobResultReader();

        protected override string Operation => "UpdateJob";

        protected override State CreateResult() => new State();

        protected override void OnElement(State result, int depth, string name, string parent, string text)
        {
            if (depth == 1)
            {
                switch (name)
                {
                    case "Success": result.Update.Success = ParseBool(text); break;
                    case "WarningMessage": result.Update.WarningMessage = text; break;
                }
            }
            else
            {
                OnArtifactElement(result.Artifacts, depth, name, parent, text);
            }
        }

        internal sealed class State
        {
            public JobUpdate Update { get; } = new JobUpdate();
            public List<Artifact> Artifacts { get; } = new List<Artifact>();
        }
    }

    internal sealed class CancelJobResultReader : QueryResponseUnmarshaller<CanceledJob>
    {
        public static readonly CancelJobResultReader Instance = new CancelJobResultReader();

        protected override string Operation => "CancelJob";

        protected override CanceledJob CreateResult() => new CanceledJob();

        protected override void OnElement(CanceledJob result, int depth, string name, string parent, string text)
        {
            if (depth == 1 && name == "Success")
            {
                result.Success = ParseBool(text);
            }
        }
    }

    internal sealed class GetStatusResultReader : QueryResponseUnmarshaller<GetStatusResultReader.State>
    {
        public static readonly GetStatusResultReader Instance = new GetStatusResultReader();

        protected override string Operation => "GetStatus";

        protected override State CreateResult() => new State();

        protected override void OnElement(State result, int depth, string name, string parent, string text)
        {
            var status = result.Status;
            if (depth != 1)
            {
                OnArtifactElement(result.Artifacts, depth, name, parent, text);
                return;
            }

            switch (name)
            {
                case "JobId": status.JobId = text; break;
                case "JobType": status.JobType = ParseJobType(text); break;
                case "LocationCode": status.LocationCode = text; break;
                case "LocationMessage": status.LocationMessage = text; break;
                case "ProgressCode": status.ProgressCode = text; break;
                case "ProgressMessage": status.ProgressMessage = text; break;
                case "Carrier": status.Carrier = text; break;
                case "TrackingNumber": status.TrackingNumber = text; break;
                case "LogBucket": status.LogBucket = text; break;
                case "LogKey": status.LogKey = text; break;
                case "ErrorCount": status.ErrorCount = ParseInt(text); break;
                case "Signature": status.Signature = text; break;
                case "SignatureFileContents": status.SignatureFileContents = text; break;
                case "CurrentManifest": status.CurrentManifest = text; break;
                case "CreationDate": status.CreationDate = ParseDate(text); break;
            }
        }

        internal sealed class State
        {
            public JobStatus Status { get; } = new JobStatus();
            public List<Artifact> Artifacts { get; } = new List<Artifact>();
        }
    }

    internal sealed class ListJobsResultReader : QueryResponseUnmarshaller<ListJobsResultReader.State>
    {
        public static readonly ListJobsResultReader Instance = new ListJobsResultReader();

        protected override string Operation => "ListJobs";

        protected override State CreateResult() => new State();

        protected override void OnElement(State result, int depth, string name, string parent, string text)
        {
            if (depth == 1 && name == "IsTruncated")
            {
                result.IsTruncated = ParseBool(text);
            }
            else if (depth == 2 && parent == "Jobs" && name == "member")
            {
                result.Jobs.Add(new JobSummary());
            }
            else if (depth == 3 && parent == "member" && result.Jobs.Count > 0)
            {
                var job = result.Jobs[result.Jobs.Count - 1];
                switch (name)
                {
                    case "JobId": job.JobId = text; break;
                    case "CreationDate": job.CreationDate = ParseDate(text); break;
                    case "IsCanceled": job.IsCanceled = ParseBool(text); break;
                    case "JobType": job.JobType = ParseJobType(text); break;
                }
            }
        }

        internal sealed class State
        {
            public List<JobSummary> Jobs { get; } = new List<JobSummary>();
            public bool IsTruncated { get; set; }
        }
    }

    internal sealed class GetShippingLabelResultReader : QueryResponseUnmarshaller<ShippingLabel>
    {
        public static readonly GetShippingLabelResultReader Instance = new GetShippingLabelResultReader();

        protected override string Operation => "GetShippingLabel";

        protected override ShippingLabel CreateResult() => new ShippingLabel();

        protected override void OnElement(ShippingLabel result, int depth, string name, string parent, string text)
        {
            if (depth != 1)
            {
                return;
            }

            switch (name)
            {
                case "ShippingLabelURL": result.ShippingLabelURL = text; break;
                case "Warning": result.Warning = text; break;
            }
        }
    }
}
