using System.Collections.Generic;

namespace ImportExport.IE
{
    public sealed class GetStatusRequest : ImportExportRequest
    {
        internal override string Action => "GetStatus";

        public string JobId { get; set; } = string.Empty;

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters) => parameters["JobId"] = JobId;
    }
}
