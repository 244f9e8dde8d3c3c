using System.Collections.Generic;

namespace ImportExport.Mgn
{
    public sealed class ListImportsRequest : MgnRequest
    {
        internal override string Operation => "ListImports";

        /// <summary>Only these imports (at most 10).</summary>
        public IList<string> ImportIds { get; set; } = new List<string>();

        public int? MaxResults { get; set; }

        public string? NextToken { get; set; }

        internal override void WriteBody(System.Text.Json.Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            if (ImportIds.Count > 0)
            {
                writer.WriteStartObject("filters");
                writer.WriteStartArray("importIDs");
                foreach (var id in ImportIds)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            WritePaging(writer, MaxResults, NextToken);
            writer.WriteEndObject();
        }

        internal static void WritePaging(System.Text.Json.Utf8JsonWriter writer, int? maxResults, string? nextToken)
        {
            if (maxResults.HasValue)
            {
                writer.WriteNumber("maxResults", maxResults.Value);
            }

            if (!string.IsNullOrEmpty(nextToken))
            {
                writer.WriteString("nextToken", nextToken);
            }
        }
    }
}
