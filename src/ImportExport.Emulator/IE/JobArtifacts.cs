using ImportExport.Emulator.Query;

namespace ImportExport.Emulator.IE;

/// <summary>The ArtifactList that CreateJob, UpdateJob and GetStatus return: the job's shipping label, served by this emulator.</summary>
internal static class JobArtifacts
{
    public static void Write(QueryXmlWriter xml, QueryRequest request, string jobId)
    {
        xml.StartElement("ArtifactList");
        xml.StartElement("member");
        xml.Element("Description", "Label")
            .Element("URL", $"{request.Exchange.PublicBaseUrl}/__labels/{LabelStore.JobToken(jobId)}.pdf");
        xml.EndElement();
        xml.EndElement();
    }
}
