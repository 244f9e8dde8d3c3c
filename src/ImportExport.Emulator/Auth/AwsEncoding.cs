using System.Security.Cryptography;
using System.Text;

namespace ImportExport.Emulator.Auth;

/// <summary>Encoding primitives the AWS signature algorithms are defined in terms of.</summary>
internal static class AwsEncoding
{
    /// <summary>RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ is %XX (uppercase hex) of its UTF-8 bytes.</summary>
    public static string UriEncode(string value, bool keepSlash = false)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(HexUpper[b >> 4]).Append(HexUpper[b & 0xF]);
            }
        }

        return sb.ToString();
    }

    private const string HexUpper = "0123456789ABCDEF";

    /// <summary>Decodes an <c>application/x-www-form-urlencoded</c> component (<c>+</c> is a space).</summary>
    public static string FormDecode(string value) =>
        value.Contains('+') || value.Contains('%') ? Uri.UnescapeDataString(value.Replace('+', ' ')) : value;

    /// <summary>Splits a query string or form body into decoded name/value pairs, in order; repeated names are kept.</summary>
    public static List<KeyValuePair<string, string>> ParsePairs(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        foreach (var part in text.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var eq = part.IndexOf('=');
            pairs.Add(eq < 0
                ? new(FormDecode(part), string.Empty)
                : new(FormDecode(part[..eq]), FormDecode(part[(eq + 1)..])));
        }

        return pairs;
    }

    public static byte[] HmacSha256(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
