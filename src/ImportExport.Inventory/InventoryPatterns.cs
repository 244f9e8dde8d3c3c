using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The value formats of the inventory columns, checked by hand: the regex interpreter cost more than all the
    /// other per-cell work together. Each method answers exactly what <c>Regex.IsMatch</c> answered for the pattern in
    /// its comment, including .NET's <c>$</c>, which also matches before one final line feed (a quoted
    /// <c>"123456789012&#10;"</c> is an account id). <c>\s</c> and <c>\w</c> depend on Unicode tables, so a value with
    /// a character outside ASCII goes to the regex itself and stays exact on every runtime.
    /// </summary>
    internal static class InventoryPatterns
    {
        private static Regex? name;
        private static Regex? profile;

        /// <summary><c>^[^\s\x00]( *[^\s\x00])*$</c></summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool IsName(string value)
        {
            var end = End(value);
            if (end == 0 || value[0] == ' ' || value[end - 1] == ' ')
            {
                return false;
            }

            for (var i = 0; i < end; i++)
            {
                var c = value[i];
                if (c >= 0x80)
                {
                    name ??= new Regex(@"^[^\s\x00]( *[^\s\x00])*$", RegexOptions.CultureInvariant);
                    return name.IsMatch(value);
                }

                if (c == 0 || (c >= '\t' && c <= '\r'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>^[0-9]{12}$</c></summary>
        public static bool IsAccountId(string value) => End(value) == 12 && AllDigits(value, 0, 12);

        /// <summary><c>^[a-z]{2}(-[a-z]+)+-[0-9]$</c></summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool IsRegion(string value)
        {
            var end = End(value);
            if (end < 6 || !IsLower(value[0]) || !IsLower(value[1]) || value[end - 2] != '-' || !IsDigit(value[end - 1]))
            {
                return false;
            }

            // Between the two letters and the final "-<digit>": one or more "-" each followed by letters.
            var last = end - 2;
            if (value[2] != '-' || value[last - 1] == '-')
            {
                return false;
            }

            for (var i = 3; i < last; i++)
            {
                var c = value[i];
                if (c == '-' ? value[i - 1] == '-' : !IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>^&lt;prefix&gt;[0-9a-zA-Z]{17}$</c> (wave-, app-, s-).</summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool IsResourceId(string value, string prefix)
        {
            var end = End(value);
            if (end != prefix.Length + 17 || string.CompareOrdinal(value, 0, prefix, 0, prefix.Length) != 0)
            {
                return false;
            }

            for (var i = prefix.Length; i < end; i++)
            {
                var c = value[i];
                if (!IsDigit(c) && !IsLower(c) && !(c >= 'A' && c <= 'Z'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>^&lt;prefix&gt;[0-9a-f]{8,17}$</c> (eni-, subnet-, sg-, h-).</summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool IsHexId(string value, string prefix)
        {
            var end = End(value);
            var digits = end - prefix.Length;
            if (digits < 8 || digits > 17 || string.CompareOrdinal(value, 0, prefix, 0, prefix.Length) != 0)
            {
                return false;
            }

            for (var i = prefix.Length; i < end; i++)
            {
                var c = value[i];
                if (!IsDigit(c) && !(c >= 'a' && c <= 'f'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>^[a-z0-9-]+\.[a-z0-9-]+$</c></summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool IsInstanceType(string value)
        {
            var end = End(value);
            var dot = -1;
            for (var i = 0; i < end; i++)
            {
                var c = value[i];
                if (c == '.')
                {
                    if (dot >= 0)
                    {
                        return false;
                    }

                    dot = i;
                }
                else if (!IsLower(c) && !IsDigit(c) && c != '-')
                {
                    return false;
                }
            }

            return dot > 0 && dot < end - 1;
        }

        /// <summary><c>^[\w+=,.@-]{1,128}$</c></summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool IsProfileName(string value)
        {
            var end = End(value);
            if (end == 0 || end > 128)
            {
                return false;
            }

            for (var i = 0; i < end; i++)
            {
                var c = value[i];
                if (c >= 0x80)
                {
                    profile ??= new Regex(@"^[\w+=,.@-]{1,128}$", RegexOptions.CultureInvariant);
                    return profile.IsMatch(value);
                }

                if (!IsLower(c) && !IsDigit(c) && !(c >= 'A' && c <= 'Z') && c != '_' && c != '+' && c != '=' && c != ',' && c != '.' && c != '@' && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        // Where a pattern ending in $ must stop matching: the end, or before a final line feed.
        [MethodImpl(HotPath.Optimized)]
        public static bool HasWhiteSpace(string value)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c))
                {
                    return true;
                }
            }

            return false;
        }

        // IPAddress.TryParse also takes shortened and integer forms (10.1, 167772161): four dotted parts only.
        public static bool IsIPv4(string value)
        {
            if (!IPAddress.TryParse(value, out var ip) || ip.AddressFamily != AddressFamily.InterNetwork)
            {
                return false;
            }

            var dots = 0;
            foreach (var c in value)
            {
                dots += c == '.' ? 1 : 0;
            }

            return dots == 3;
        }

        private static int End(string value) => value.Length > 0 && value[value.Length - 1] == '\n' ? value.Length - 1 : value.Length;

        [MethodImpl(HotPath.Optimized)]
        private static bool AllDigits(string value, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!IsDigit(value[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsLower(char c) => c >= 'a' && c <= 'z';
    }
}
