using System.Text.Json;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's JSON shapes of an export task and of an export error, as StartExport, ListExports and ListExportErrors return them.</summary>
internal static class ExportJson
{
    public static void WriteExport(Utf8JsonWriter w, ExportSnapshot export)
    {
        w.WriteStartObject();
        w.WriteString("exportID", export.ExportId);
        w.WriteString("arn", export.Arn);
        w.WriteString("s3Bucket", export.S3Bucket);
        w.WriteString("s3Key", export.S3Key);
        if (export.S3BucketOwner is not null)
        {
            w.WriteString("s3BucketOwner", export.S3BucketOwner);
        }

        w.WriteString("creationDateTime", ImportTask.FormatDate(export.CreationDateTime));
        if (export.EndDateTime is { } end)
        {
            w.WriteString("endDateTime", ImportTask.FormatDate(end));
        }

        w.WriteString("status", export.Status);
        w.WriteNumber("progressPercentage", export.ProgressPercentage);

        // The counts are known once the file is written.
        if (export.ServersCount is not null)
        {
            w.WriteStartObject("summary");
            w.WriteNumber("serversCount", export.ServersCount.Value);
            w.WriteNumber("applicationsCount", export.ApplicationsCount ?? 0);
            w.WriteNumber("wavesCount", export.WavesCount ?? 0);
            w.WriteEndObject();
        }

        w.WriteStartObject("tags");
        foreach (var tag in export.Tags)
        {
            w.WriteString(tag.Key, tag.Value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter w, ExportError error)
    {
        w.WriteStartObject();
        w.WriteString("errorDateTime", ImportTask.FormatDate(error.ErrorDateTime));
        w.WriteStartObject("errorData");
        w.WriteString("rawError", error.RawError);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
