using System;

namespace ImportExport.Inventory
{
    /// <summary>The bytes are not a CSV file the inventory rules can read; the message says why, in words for a user.</summary>
    public sealed class NotCsvException : Exception
    {
        public NotCsvException(string reason)
            : base(reason)
        {
        }
    }
}
