namespace ImportExport.Mgn
{
    /// <summary>What happened to one import during a wait.</summary>
    public enum ImportWaitEventKind
    {
        /// <summary>The import was looked at and is still PENDING or STARTED.</summary>
        Progress,

        /// <summary>The import ended (SUCCEEDED or FAILED); <see cref="TaskWaitEvent{TTask}.ErrorCount"/> says how many row errors it has.</summary>
        Finished,

        /// <summary>ListImports does not know the import (wrong id, account or region).</summary>
        NotFound,

        /// <summary>The timeout passed before the import ended; <see cref="TaskWaitEvent{TTask}.Task"/> is its last known state (null if none was seen).</summary>
        TimedOut,

        /// <summary>
        /// A look failed (after AWSSDK.Core's retries) and the wait goes on; <see cref="TaskWaitEvent{TTask}.Id"/> lists
        /// the imports still waited for, comma-separated.
        /// </summary>
        LookFailed,
    }
}
