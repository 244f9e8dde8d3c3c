using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ImportExport.Mgn
{
    /// <summary>Typed access to optional JSON members.</summary>
    internal static class Json
    {
        public static string? String(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        public static int? Int(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
                ? number
                : (int?)null;

        public static long? Long(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
                ? number
                : (long?)null;

        public static double? Double(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
                ? value.GetDouble()
                : (double?)null;

        /// <summary>MGN sends timestamps as ISO 8601 strings; they become local times (Kind Local) of the same instant, as every date of the module.</summary>
        public static DateTime? Date(JsonElement element, string name)
        {
            var text = String(element, name);
            return text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
                ? DateTime.SpecifyKind(value, DateTimeKind.Utc).ToLocalTime()
                : (DateTime?)null;
        }

        public static JsonElement Object(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
                ? value
                : default;

        public static IEnumerable<JsonElement> Array(JsonElement element, string name)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    yield return item;
                }
            }
        }
    }
}
