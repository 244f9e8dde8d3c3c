namespace ImportExport.Runtime
{
    /// <summary>What <see cref="SignatureFile.Save"/> did.</summary>
    public enum SignatureFileOutcome
    {
        /// <summary>The file was written (new, or replacing other contents when asked).</summary>
        Written,

        /// <summary>The file already held exactly these bytes; nothing was written.</summary>
        AlreadyPresent,

        /// <summary>The file holds other contents and replacing was not asked for; nothing was written.</summary>
        OtherContentsKept,
    }
}
