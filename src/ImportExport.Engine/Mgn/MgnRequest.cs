using Amazon.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>An MGN rest-json request: the path it is POSTed to and its JSON body.</summary>
    public abstract class MgnRequest : AmazonWebServiceRequest
    {
        internal abstract string Operation { get; }

        internal string ResourcePath => "/" + Operation;

        internal abstract void WriteBody(System.Text.Json.Utf8JsonWriter writer);
    }
}
