using System.Collections.Generic;

namespace ImportExport.IE
{
    public sealed class UpdateJobRequest : ImportExportRequest
    {
        internal override string Action => "UpdateJob";

        public string JobId { get; set; } = string.Empty;
        public JobType JobType { get; set; }
        public string Manifest { get; set; } = string.Empty;
        public bool ValidateOnly { get; set; }

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters)
        {
            parameters["JobId"] = JobId;
            parameters["Manifest"] = Manifest;
            parameters["JobType"] = JobType.ToString();
            parameters["ValidateOnly"] = Bool(ValidateOnly);
        }
    }
}
