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
}
