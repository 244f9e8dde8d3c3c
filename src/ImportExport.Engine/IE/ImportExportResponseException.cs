using Amazon.Runtime;

namespace ImportExport.IE
{
    /// <summary>The answer was not a well-formed Import/Export response (for example an HTML page from a proxy).</summary>
    public sealed class ImportExportResponseException : AmazonClientException
    {
        public ImportExportResponseException(string message)
            : base(message)
        {
        }
    }
}
