using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace ImportExport.Mgn
{
    internal sealed class JsonResponse<TResult> : AmazonWebServiceResponse
    {
        public TResult Result { get; set; } = default!;
    }
}
