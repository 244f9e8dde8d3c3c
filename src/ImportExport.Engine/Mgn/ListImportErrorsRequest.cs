
namespace ImportExport.Mgn
{
    public sealed class ListImportErrorsRequest : MgnRequest
    {
        internal override string Operation => "ListImportErrors";

        public string ImportId { get; set; } = string.Empty;

        public int? MaxResults { get; set; }

        public string? NextToken { get; set; }

        internal override void WriteBody(System.Text.Json.Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("importID", ImportId);
            ListImportsRequest.WritePaging(writer, MaxResults, NextToken);
            writer.WriteEndObject();
        }
    }
}
