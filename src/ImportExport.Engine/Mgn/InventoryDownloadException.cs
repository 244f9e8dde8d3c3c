using System;

namespace ImportExport.Mgn
{
    /// <summary>An export's file could not be downloaded; nothing was written at the destination.</summary>
    public sealed class InventoryDownloadException : Exception
    {
        public InventoryDownloadException(InventoryDownloadFailure failure, string message, string? location = null, Exception? inner = null)
            : base(message, inner)
        {
            Failure = failure;
            Location = location;
        }

        public InventoryDownloadFailure Failure { get; }

        /// <summary>What the failure is about: the destination path, or the object's s3:// address.</summary>
        public string? Location { get; }
    }
}
