using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A profile as the AWS CLI sees it: the [name] section of the credentials file over the [profile name] (or
    /// [default]) section of the config file. Every value knows the file and line it came from.
    /// </summary>
    public sealed class SharedProfile
    {
        private readonly IReadOnlyList<SharedFileSection> _sections;

        internal SharedProfile(string name, IReadOnlyList<SharedFileSection> sections)
        {
            Name = name;
            _sections = sections;
        }

        public string Name { get; }

        /// <summary>The files the profile is in, for messages.</summary>
        public string Files => string.Join(" and ", _sections.Select(s => s.Path).Distinct());

        public string? this[string key] => Find(key)?[key];

        public bool Has(string key) => !string.IsNullOrWhiteSpace(this[key]);

        /// <summary>The section that sets <paramref name="key"/>, credentials file first.</summary>
        public SharedFileSection? Find(string key) => _sections.FirstOrDefault(s => s[key] is not null);

        /// <summary>"key 'max_attempts' of profile 'dev' (/home/me/.aws/config, line 4)".</summary>
        public string Describe(string key)
        {
            var section = Find(key);
            return section is null
                ? string.Format(CultureInfo.InvariantCulture, "key '{0}' of profile '{1}'", key, Name)
                : string.Format(CultureInfo.InvariantCulture, "key '{0}' of profile '{1}' ({2}, line {3})", key, Name, section.Path, section.LineOf(key));
        }

        /// <summary>The settings nested under <paramref name="key"/> (first section that has them).</summary>
        public IReadOnlyDictionary<string, string>? Nested(string key) => _sections.Select(s => s.Nested(key)).FirstOrDefault(n => n is not null);
    }
}
