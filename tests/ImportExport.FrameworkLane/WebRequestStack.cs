using Amazon.Runtime;

namespace ImportExport.FrameworkLane
{
    /// <summary>The configuration hook that gives every client of the lane the HttpWebRequest stack.</summary>
    internal sealed class WebRequestStack
    {
        private readonly WebRequestHttpClientFactory factory = new WebRequestHttpClientFactory();

        public void Apply(ClientConfig config) => config.HttpClientFactory = factory;
    }
}
