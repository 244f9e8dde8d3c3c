using System.Text.Json;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's JSON shapes of an import task and of an import error, as ListImports, StartImport and ListImportErrors return them.</summary>
internal static class ImportJson
{
    public static void WriteImport(Utf8JsonWriter w, ImportSnapshot import)
    {
        w.WriteStartObject();
        w.WriteString("importID", import.ImportId);
        w.WriteString("arn", import.Arn);
        w.WriteStartObject("s3BucketSource");
        w.WriteString("s3Bucket", import.S3Bucket);
        w.WriteString("s3Key", import.S3Key);
        if (import.S3BucketOwner is not null)
        {
            w.WriteString("s3BucketOwner", import.S3BucketOwner);
        }

        w.WriteEndObject();
        w.WriteString("creationDateTime", ImportTask.FormatDate(import.CreationDateTime));
        if (import.EndDateTime is { } end)
        {
            w.WriteString("endDateTime", ImportTask.FormatDate(end));
        }

        w.WriteString("status", import.Status);
        w.WriteNumber("progressPercentage", import.ProgressPercentage);
        w.WriteStartObject("summary");
        WriteCounts(w, "waves", import.Waves);
        WriteCounts(w, "applications", import.Applications);
        WriteCounts(w, "servers", import.Servers);
        w.WriteEndObject();
        w.WriteStartObject("tags");
        foreach (var tag in import.Tags)
        {
            w.WriteString(tag.Key, tag.Value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, ImportCounts counts)
    {
        w.WriteStartObject(name);
        w.WriteNumber("createdCount", counts.CreatedCount);
        w.WriteNumber("modifiedCount", counts.ModifiedCount);
        w.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter w, ImportError error)
    {
        w.WriteStartObject();
        w.WriteString("errorDateTime", ImportTask.FormatDate(error.ErrorDateTime));
        w.WriteString("errorType", error.ErrorType);
        w.WriteStartObject("errorData");
        w.WriteNumber("rowNumber", error.RowNumber);
        w.WriteString("rawError", error.RawError);
        w.WriteString("accountID", error.AccountId);
        WriteOptional(w, "applicationID", error.ApplicationId);
        WriteOptional(w, "sourceServerID", error.SourceServerId);
        WriteOptional(w, "waveID", error.WaveId);
        WriteOptional(w, "ec2LaunchTemplateID", error.Ec2LaunchTemplateId);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
