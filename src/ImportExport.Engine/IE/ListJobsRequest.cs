using System.Collections.Generic;
using System.Globalization;

namespace ImportExport.IE
{
    public sealed class ListJobsRequest : ImportExportRequest
    {
        internal override string Action => "ListJobs";

        /// <summary>The most jobs one page may hold (the service caps it at 1000).</summary>
        public int? MaxJobs { get; set; }

        /// <summary>The job id to start after (the last id of the previous page).</summary>
        public string? Marker { get; set; }

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters)
        {
            if (MaxJobs.HasValue)
            {
                parameters["MaxJobs"] = MaxJobs.Value.ToString(CultureInfo.InvariantCulture);
            }

            AddIfSet(parameters, "Marker", Marker);
        }
    }
}
