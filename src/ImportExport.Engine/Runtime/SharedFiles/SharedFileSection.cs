using System;
using System.Collections.Generic;

namespace ImportExport.Runtime
{
    /// <summary>One [section] of a shared credentials or config file: its settings, each with the line it is on.</summary>
    public sealed class SharedFileSection
    {
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Dictionary<string, string>> _nested = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

        internal SharedFileSection(string header, string name, string path, int line)
        {
            Header = header;
            Name = name;
            Path = path;
            Line = line;
        }

        /// <summary>What the brackets hold, as written ("profile dev", "default", "sso-session corp").</summary>
        public string Header { get; }

        /// <summary>The name without its kind ("dev", "default", "corp").</summary>
        public string Name { get; }

        /// <summary>The file the section is in.</summary>
        public string Path { get; }

        /// <summary>The line of the section header (1-based).</summary>
        public int Line { get; }

        public IEnumerable<string> Keys => _values.Keys;

        public string? this[string key] => _values.TryGetValue(key, out var value) ? value : null;

        /// <summary>The line <paramref name="key"/> is set on, or 0.</summary>
        public int LineOf(string key) => _lines.TryGetValue(key, out var line) ? line : 0;

        /// <summary>The settings indented under <paramref name="key"/> (as in a [services x] section), or null.</summary>
        public IReadOnlyDictionary<string, string>? Nested(string key) => _nested.TryGetValue(key, out var nested) ? nested : null;

        internal void Set(string key, string value, int line)
        {
            _values[key] = value;
            _lines[key] = line;
        }

        internal void Append(string key, string text) => _values[key] = _values[key] + "\n" + text;

        internal void SetNested(string key, string subKey, string value)
        {
            if (!_nested.TryGetValue(key, out var nested))
            {
                nested = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                _nested[key] = nested;
            }

            nested[subKey] = value;
        }

        internal void MergeFrom(SharedFileSection other)
        {
            foreach (var key in other._values.Keys)
            {
                _values[key] = other._values[key];
                _lines[key] = other._lines[key];
            }

            foreach (var nested in other._nested)
            {
                foreach (var pair in nested.Value)
                {
                    SetNested(nested.Key, pair.Key, pair.Value);
                }
            }
        }
    }
}
