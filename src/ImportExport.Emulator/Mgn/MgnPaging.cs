using System.Globalization;
using System.Text;
using System.Text.Json;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's paging: <c>maxResults</c> and <c>nextToken</c> in, <c>items</c> and <c>nextToken</c> out.</summary>
internal static class MgnPaging
{
    public static (int MaxResults, int Offset) Read(FieldValidation problems, JsonElement body)
    {
        var maxResults = 1000;
        if (body.TryGetProperty("maxResults", out var max) && max.ValueKind != JsonValueKind.Null)
        {
            if (max.ValueKind != JsonValueKind.Number || !max.TryGetInt32(out maxResults) || maxResults < 1 || maxResults > 1000)
            {
                problems.Add("maxResults", max.GetRawText(), "Member must be an integer from 1 to 1000");
                maxResults = 1000;
            }
        }

        var offset = 0;
        var token = problems.String(body, "nextToken", "nextToken", required: false);
        if (!string.IsNullOrEmpty(token) && !TryDecodeToken(token, out offset))
        {
            problems.Add("nextToken", null, "Invalid pagination token");
        }

        return (maxResults, offset);
    }

    public static ServiceResponse Respond<T>(List<T> all, int offset, int maxResults, Action<Utf8JsonWriter, T> write) =>
        MgnResponses.Respond(200, w =>
        {
            w.WriteStartArray("items");
            foreach (var item in all.Skip(offset).Take(maxResults))
            {
                write(w, item);
            }

            w.WriteEndArray();
            if (offset + maxResults < all.Count)
            {
                w.WriteString("nextToken", EncodeToken(offset + maxResults));
            }
        });

    // Opaque to clients, like the real service's tokens; it only has to survive a round trip.
    private static string EncodeToken(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("mgn-emulator:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecodeToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith("mgn-emulator:", StringComparison.Ordinal)
                && int.TryParse(text["mgn-emulator:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
