using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>How messages name a call: the operation (CreateJob) and the endpoint's scheme and authority.</summary>
    internal static class RequestNames
    {
        public static string Operation(IRequestContext context)
        {
            var name = context.OriginalRequest?.GetType().Name ?? "Request";
            return name.EndsWith("Request", StringComparison.Ordinal) && name.Length > "Request".Length ? name.Substring(0, name.Length - "Request".Length) : name;
        }

        public static string Endpoint(IRequestContext context) =>
            context.Request?.Endpoint is { } endpoint ? endpoint.GetLeftPart(UriPartial.Authority) : "the endpoint";
    }
}
