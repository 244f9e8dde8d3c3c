using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>Credentials chosen for a call, and a description of where they came from that is safe to print.</summary>
    public sealed class ResolvedCredentials
    {
        public ResolvedCredentials(AWSCredentials credentials, string source)
        {
            Credentials = credentials;
            Source = source;
        }

        public AWSCredentials Credentials { get; }

        public string Source { get; }
    }
}
