using System.Globalization;
using System.Text;
using System.Xml;

namespace ImportExport.Emulator.Query;

/// <summary>
/// Writes query-protocol responses the way AWS does:
/// <c>&lt;XxxResponse xmlns&gt;&lt;XxxResult&gt;…&lt;/XxxResult&gt;&lt;ResponseMetadata&gt;&lt;RequestId/&gt;…</c>,
/// lists as <c>&lt;member&gt;</c> elements. Streams into one buffer; a 1000-job page is a single pass.
/// </summary>
internal sealed class QueryXmlWriter : IDisposable
{
    private static readonly XmlWriterSettings WithDeclaration = Settings(omitDeclaration: false);
    private static readonly XmlWriterSettings WithoutDeclaration = Settings(omitDeclaration: true);

    private readonly MemoryStream buffer = new(1024);
    private readonly XmlWriter xml;

    private QueryXmlWriter(QueryXmlStyle style, int capacity)
    {
        buffer.Capacity = capacity;
        xml = XmlWriter.Create(buffer, style.XmlDeclaration ? WithDeclaration : WithoutDeclaration);
        xml.WriteStartDocument();
    }

    /// <summary>Starts <c>&lt;{operation}Response&gt;&lt;{operation}Result&gt;</c>.</summary>
    public static QueryXmlWriter ForResult(QueryXmlStyle style, string operation, int capacity = 1024)
    {
        var writer = new QueryXmlWriter(style, capacity);
        writer.xml.WriteStartElement(operation + "Response", style.Namespace);
        writer.xml.WriteStartElement(operation + "Result");
        return writer;
    }

    public QueryXmlWriter Element(string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString(name, Clean(value));
        }

        return this;
    }

    public QueryXmlWriter Element(string name, bool value) => Element(name, value ? "true" : "false");

    public QueryXmlWriter Element(string name, int? value) => value is null ? this : Element(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public void StartElement(string name) => xml.WriteStartElement(name);

    public void EndElement() => xml.WriteEndElement();

    /// <summary>Closes the result, adds ResponseMetadata and returns the UTF-8 document.</summary>
    public byte[] Finish(string requestId)
    {
        xml.WriteEndElement(); // Result
        xml.WriteStartElement("ResponseMetadata");
        xml.WriteElementString("RequestId", requestId);
        xml.WriteEndElement();
        xml.WriteEndElement(); // Response
        xml.WriteEndDocument();
        xml.Flush();
        return buffer.ToArray();
    }

    /// <summary>The query-protocol error document botocore and the AWS SDKs parse.</summary>
    public static byte[] Error(QueryXmlStyle style, string code, string message, string requestId, string type = "Sender")
    {
        using var buffer = new MemoryStream(512);
        using (var xml = XmlWriter.Create(buffer, style.XmlDeclaration ? WithDeclaration : WithoutDeclaration))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("ErrorResponse", style.Namespace);
            xml.WriteStartElement("Error");
            xml.WriteElementString("Type", type);
            xml.WriteElementString("Code", code);
            xml.WriteElementString("Message", Clean(message));
            xml.WriteEndElement();
            xml.WriteElementString("RequestId", requestId);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    public void Dispose()
    {
        xml.Dispose();
        buffer.Dispose();
    }

    private static XmlWriterSettings Settings(bool omitDeclaration) => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        CheckCharacters = true,
        OmitXmlDeclaration = omitDeclaration,
    };

    // A manifest may hold characters XML 1.0 cannot carry; replace them rather than fail the whole response.
    private static string Clean(string value)
    {
        foreach (var c in value)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return new string(value.Select(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch) ? ch : '\uFFFD').ToArray());
            }
        }

        return value;
    }
}
