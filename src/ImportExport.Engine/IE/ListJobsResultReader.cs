using System.Collections.Generic;

namespace ImportExport.IE
{
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
}
