using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ImportExport.Mgn
{
    /// <summary>
    /// Tags of an import. Reads as "key=value; key2=value2" so it fits one CSV cell, and still
    /// indexes like a dictionary (<c>$task.Tags['Project']</c>).
    /// </summary>
    public sealed class TagSet : ReadOnlyDictionary<string, string>
    {
        public static readonly TagSet Empty = new TagSet(new Dictionary<string, string>());

        public TagSet(IDictionary<string, string> tags)
            : base(tags)
        {
        }

        public override string ToString() => string.Join("; ", this.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value));
    }
}
