using System.Globalization;

namespace ImportExport.Manifest
{
    /// <summary>
    /// The S3 general-purpose bucket naming rules. One implementation shared by the manifest validator, the module's
    /// parameter checks and the emulator, so a name accepted locally is never rejected by our own service double.
    /// </summary>
    public static class S3BucketName
    {
        public const int MinLength = 3;
        public const int MaxLength = 63;

        /// <summary>Returns null when <paramref name="name"/> is a valid bucket name, otherwise the rule it breaks.</summary>
        public static string? Validate(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return "must not be empty";
            }

            // The null check above is the only path for null; the compiler cannot see that through IsNullOrEmpty on netstandard2.0.
            var value = name!;
            if (value.Length < MinLength || value.Length > MaxLength)
            {
                return "must be between 3 and 63 characters long";
            }

            foreach (var c in value)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '.' && c != '-')
                {
                    return "may contain only lowercase letters, digits, dots (.) and hyphens (-)";
                }
            }

            if (!IsAlphanumeric(value[0]) || !IsAlphanumeric(value[value.Length - 1]))
            {
                return "must begin and end with a lowercase letter or digit";
            }

            if (value.IndexOf("..", System.StringComparison.Ordinal) >= 0)
            {
                return "must not contain two adjacent dots";
            }

            if (LooksLikeIPv4(value))
            {
                return "must not be formatted as an IP address";
            }

            if (value.StartsWith("xn--", System.StringComparison.Ordinal))
            {
                return "must not start with the prefix xn--";
            }

            if (value.StartsWith("sthree-", System.StringComparison.Ordinal))
            {
                return "must not start with the prefix sthree-";
            }

            if (value.EndsWith("-s3alias", System.StringComparison.Ordinal))
            {
                return "must not end with the suffix -s3alias";
            }

            if (value.EndsWith("--ol-s3", System.StringComparison.Ordinal))
            {
                return "must not end with the suffix --ol-s3";
            }

            return null;
        }

        private static bool IsAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

        // S3 rejects names of the form 192.168.5.4: four dot-separated decimal groups.
        private static bool LooksLikeIPv4(string value)
        {
            var parts = value.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            foreach (var part in parts)
            {
                if (part.Length == 0 || part.Length > 3 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 255)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
