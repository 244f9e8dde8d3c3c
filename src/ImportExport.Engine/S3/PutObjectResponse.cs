using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.S3
{
    /// <summary>The wrapper Core's pipeline carries a PutObject result in.</summary>
    internal sealed class PutObjectResponse : AmazonWebServiceResponse
    {
        public PutObjectResult Result { get; set; } = new PutObjectResult();
    }
}
