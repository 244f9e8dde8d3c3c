namespace ImportExport.Emulator.S3;

/// <summary>
/// Which bucket and key a request names. Virtual-hosted: the bucket is the start of the Host
/// (<c>bucket.s3.us-east-1.amazonaws.com</c>, <c>bucket.s3.amazonaws.com</c>, <c>bucket.localhost</c>,
/// <c>bucket.s3.localhost</c>) and the path is the key; path-style: <c>/bucket/key</c> on any other host.
/// </summary>
internal static class S3Addressing
{
    /// <summary>The bucket a virtual-hosted Host names, or null for a path-style host (an IP address, plain localhost).</summary>
    public static string? BucketOfHost(string host)
    {
        if (host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            var bucket = host[..^".localhost".Length];
            if (bucket.EndsWith(".s3", StringComparison.OrdinalIgnoreCase))
            {
                bucket = bucket[..^3];
            }

            return bucket.Length == 0 ? null : bucket;
        }

        var s3 = host.IndexOf(".s3.", StringComparison.OrdinalIgnoreCase);
        if (s3 < 0)
        {
            s3 = host.IndexOf(".s3-", StringComparison.OrdinalIgnoreCase);
        }

        return s3 > 0 && host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase) ? host[..s3] : null;
    }

    /// <summary>Bucket and (decoded) key of a request; the key is empty when the path names only a bucket.</summary>
    public static (string Bucket, string Key) Resolve(string host, string rawPath)
    {
        var path = rawPath.StartsWith('/') ? rawPath[1..] : rawPath;
        if (BucketOfHost(host) is { } bucket)
        {
            return (bucket, Uri.UnescapeDataString(path));
        }

        var slash = path.IndexOf('/');
        return slash < 0
            ? (Uri.UnescapeDataString(path), string.Empty)
            : (Uri.UnescapeDataString(path[..slash]), Uri.UnescapeDataString(path[(slash + 1)..]));
    }
}
