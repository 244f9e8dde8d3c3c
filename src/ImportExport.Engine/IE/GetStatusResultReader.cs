using System.Collections.Generic;

namespace ImportExport.IE
{
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
}
