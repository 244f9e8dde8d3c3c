using System.Collections.Generic;

namespace ImportExport.IE
{
    public sealed class CancelJobRequest : ImportExportRequest
    {
        internal override string Action => "CancelJob";

        public string JobId { get; set; } = string.Empty;

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters) => parameters["JobId"] = JobId;
    }
}
