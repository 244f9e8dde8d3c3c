using System.Globalization;
using System.Text;

namespace ImportExport.Emulator.IE;

/// <summary>
/// Renders a one-page PDF shipping label. Small but complete (catalog, page, font, content stream, exact xref
/// offsets), so a viewer opens it and a test can check more than the magic bytes.
/// </summary>
internal static class ShippingLabelPdf
{
    public static byte[] Render(IReadOnlyList<string> lines)
    {
        var content = new StringBuilder();
        content.Append("BT\n/F1 20 Tf\n72 730 Td\n(AWS Import/Export shipping label) Tj\n/F1 12 Tf\n16 TL\n0 -12 Td\n");
        foreach (var line in lines)
        {
            content.Append("T* (").Append(Escape(line)).Append(") Tj\n");
        }

        content.Append("ET\n");
        var stream = content.ToString();

        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length); // ASCII only, so chars == bytes
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append('\n').Append("0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    // PDF literal strings: escape \ ( ) and keep to printable ASCII so byte offsets stay exact.
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '(' or ')')
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c >= ' ' && c <= '~' ? c : '?');
            }
        }

        return sb.ToString();
    }
}
