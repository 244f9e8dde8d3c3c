namespace ImportExport.Runtime
{
    /// <summary>The outcome of <see cref="SignatureFile.Save"/>, with the job the kept file names when it names one.</summary>
    public sealed class SignatureFileWrite
    {
        public SignatureFileWrite(SignatureFileOutcome outcome, string? existingJobId)
        {
            Outcome = outcome;
            ExistingJobId = existingJobId;
        }

        public SignatureFileOutcome Outcome { get; }

        /// <summary>For <see cref="SignatureFileOutcome.OtherContentsKept"/>: the <c>jobId:</c> of the file left in place.</summary>
        public string? ExistingJobId { get; }
    }
}
