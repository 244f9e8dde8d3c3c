namespace ImportExport.Inventory
{
    /// <summary>
    /// The edit markers of the MGN user guide ("Editing your configuration", mgn/latest/ug/configuration-editing.html),
    /// written as a cell's whole value. An empty cell leaves a value as it is; these change it.
    /// </summary>
    public static class InventoryMarker
    {
        /// <summary>Clears the stored value of the column (a tag keeps its key with an empty value).</summary>
        public const string ResetValue = "[RESET_VALUE]";

        /// <summary>Removes the tag the column names (tag columns only).</summary>
        public const string DeleteTag = "[DELETE_TAG]";

        /// <summary>Whether <paramref name="value"/> is one of the markers, as written (the guide spells them in capitals).</summary>
        public static bool IsMarker(string value) =>
            value.Length >= DeleteTag.Length && value[0] == '[' && (value == ResetValue || value == DeleteTag);
    }
}
