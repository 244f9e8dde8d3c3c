using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ImportExport.Manifest
{
    /// <summary>A YAML node with the line it starts on; the validator needs lines for every problem it reports.</summary>
    internal sealed class ManifestNode
    {
        private ManifestNode(ManifestNodeKind kind, int line)
        {
            Kind = kind;
            Line = line;
        }

        public ManifestNodeKind Kind { get; }

        /// <summary>1-based line where the node starts.</summary>
        public int Line { get; }

        /// <summary>Line of the key this node is the value of; a missing field is reported there (the <c>returnAddress:</c> line, not its first child).</summary>
        public int? KeyLine { get; set; }

        /// <summary>Scalar text; null for a plain null (<c>~</c>, <c>null</c> or nothing at all).</summary>
        public string? Value { get; private set; }

        public List<KeyValuePair<ManifestNode, ManifestNode>> Entries { get; } = new List<KeyValuePair<ManifestNode, ManifestNode>>();

        public List<ManifestNode> Items { get; } = new List<ManifestNode>();

        public bool IsNullOrEmptyScalar => Kind == ManifestNodeKind.Scalar && string.IsNullOrWhiteSpace(Value);

        public static ManifestNode Scalar(Scalar e)
        {
            // A plain (unquoted) ~, null or empty value is YAML's null; a quoted "null" is the text null.
            var isNull = e.Style == ScalarStyle.Plain && (e.Value.Length == 0 || e.Value == "~" || e.Value == "null" || e.Value == "Null" || e.Value == "NULL");
            return new ManifestNode(ManifestNodeKind.Scalar, LineOf(e.Start)) { Value = isNull ? null : e.Value };
        }

        /// <summary>YamlDotNet counts lines from 1 as a long; manifests are capped far below int.MaxValue lines.</summary>
        internal static int LineOf(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

        public static ManifestNode Mapping(int line) => new ManifestNode(ManifestNodeKind.Mapping, line);

        public static ManifestNode Sequence(int line) => new ManifestNode(ManifestNodeKind.Sequence, line);

        public ManifestNode? Get(string key)
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Kind == ManifestNodeKind.Scalar && string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }

        /// <summary>Plain CLR view for callers: string/null, read-only dictionaries and lists.</summary>
        public object? ToPlainObject()
        {
            switch (Kind)
            {
                case ManifestNodeKind.Scalar:
                    return Value;
                case ManifestNodeKind.Sequence:
                    var list = new List<object?>(Items.Count);
                    foreach (var item in Items)
                    {
                        list.Add(item.ToPlainObject());
                    }

                    return list.AsReadOnly();
                default:
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var entry in Entries)
                    {
                        map[entry.Key.Value ?? string.Empty] = entry.Value.ToPlainObject();
                    }

                    return map;
            }
        }
    }
}
