namespace ImportExport.Emulator.Auth;

/// <summary>Lookups in decoded query or form pairs, which keep repeated names and their order.</summary>
internal static class ParameterPairs
{
    /// <summary>The first value given for <paramref name="name"/> (names are case-sensitive), or null.</summary>
    public static string? Get(IEnumerable<KeyValuePair<string, string>> pairs, string name)
    {
        foreach (var pair in pairs)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
