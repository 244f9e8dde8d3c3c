using System.Collections.Generic;

namespace ImportExport.Mgn
{
    public sealed class ListExportsRequest : MgnRequest
    {
        internal override string Operation => "ListExports";

        /// <summary>Only these exports (at most 10).</summary>
        public IList<string> ExportIds { get; set; } = new List<string>();

        public int? MaxResults { get; set; }

        public string? NextToken { get; set; }

        internal override void WriteBody(System.Text.Json.Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            if (ExportIds.Count > 0)
            {
                writer.WriteStartObject("filters");
                writer.WriteStartArray("exportIDs");
                foreach (var id in ExportIds)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            ListImportsRequest.WritePaging(writer, MaxResults, NextToken);
            writer.WriteEndObject();
        }
    }
}
