namespace ImportExport.Runtime
{
    /// <summary>Why <see cref="SignatureFile.Save"/> could not finish.</summary>
    public enum SignatureFileFailure
    {
        /// <summary>The existing file could not be read, so it was not compared and nothing was written.</summary>
        ExistingUnreadable,

        /// <summary>The file could not be written; the old one, if any, is untouched.</summary>
        WriteFailed,
    }
}
