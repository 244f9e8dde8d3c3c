namespace ImportExport.Inventory
{
    /// <summary>Which of <see cref="MgnStartRequestRules"/> a value breaks; the caller says it in its own words.</summary>
    public enum MgnStartProblem
    {
        /// <summary>The value is empty where the model needs at least one character.</summary>
        Empty,

        /// <summary>The value is longer than the model allows (a tag key: also shorter).</summary>
        TooLong,

        /// <summary>A character the model's pattern does not allow.</summary>
        BadCharacter,

        /// <summary>The value does not match the model's pattern (an S3 key not ending in .csv, or with a NUL).</summary>
        PatternMismatch,

        /// <summary>A tag key with the prefix AWS reserves.</summary>
        Reserved,
    }
}
