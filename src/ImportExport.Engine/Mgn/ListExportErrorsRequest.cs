namespace ImportExport.Mgn
{
    public sealed class ListExportErrorsRequest : MgnRequest
    {
        internal override string Operation => "ListExportErrors";

        public string ExportId { get; set; } = string.Empty;

        public int? MaxResults { get; set; }

        public string? NextToken { get; set; }

        internal override void WriteBody(System.Text.Json.Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("exportID", ExportId);
            ListImportsRequest.WritePaging(writer, MaxResults, NextToken);
            writer.WriteEndObject();
        }
    }
}
