using System;

namespace ImportExport.Runtime
{
    /// <summary>A signature file could not be read or written; <see cref="Exception.InnerException"/> is the I/O failure.</summary>
    public sealed class SignatureFileException : Exception
    {
        public SignatureFileException(SignatureFileFailure failure, string path, Exception inner)
            : base(inner.Message, inner)
        {
            Failure = failure;
            Path = path;
        }

        public SignatureFileFailure Failure { get; }

        public string Path { get; }
    }
}
