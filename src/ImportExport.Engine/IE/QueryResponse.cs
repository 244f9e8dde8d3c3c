using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Xml;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace ImportExport.IE
{
    /// <summary>The AmazonWebServiceResponse the pipeline needs, carrying the parsed result.</summary>
    internal sealed class QueryResponse<TResult> : AmazonWebServiceResponse
    {
        public QueryResponse()
        {
        }

        public QueryResponse(TResult result) => Result = result;

        public TResult Result { get; set; } = default!;
    }
}
