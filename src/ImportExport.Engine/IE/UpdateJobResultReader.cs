using System.Collections.Generic;

namespace ImportExport.IE
{
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
}
