using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

/// <summary>Reading responses in tests.</summary>
internal static class ResponseReading
{
    public static async Task<XElement> XmlAsync(this HttpResponseMessage response) =>
        XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

    /// <summary>The text of the first descendant element with this local name, or null.</summary>
    public static string? Value(this XElement element, string name) =>
        element.Descendants(TestClient.Ns + name).FirstOrDefault()?.Value;

    public static async Task<string?> IeErrorCodeAsync(this HttpResponseMessage response) => (await response.XmlAsync()).Value("Code");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string? ErrorType(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First().Split(':')[0] : null;
}
