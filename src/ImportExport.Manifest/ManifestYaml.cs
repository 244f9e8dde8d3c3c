using System;
using System.Collections.Generic;
using System.IO;
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

    internal enum ManifestNodeKind
    {
        Scalar,
        Mapping,
        Sequence,
    }

    /// <summary>The manifest text cannot be read as one YAML document.</summary>
    internal sealed class ManifestYamlException : Exception
    {
        public ManifestYamlException(string rule, int? line)
            : base(rule)
        {
            Line = line;
        }

        public int? Line { get; }
    }

    /// <summary>
    /// Reads a manifest from YAML parser events rather than YamlDotNet's object model so that hostile input is
    /// refused while it is read: anchors and aliases (the "billion laughs" expansion) are rejected outright — no
    /// real manifest needs them — and node count and nesting depth are capped, so time and memory stay linear in the
    /// (already size-capped) input.
    /// </summary>
    internal static class ManifestYamlReader
    {
        /// <summary>Far above any real manifest (a few dozen nodes) yet small enough to bound work.</summary>
        public const int MaxNodes = 10_000;

        /// <summary>Manifests nest three levels deep at most (operations → entry → field); 32 leaves headroom and bounds recursion.</summary>
        public const int MaxDepth = 32;

        public static ManifestNode Read(string text)
        {
            var parser = new Parser(new StringReader(text));
            var state = new ReadState();
            try
            {
                Expect<StreamStart>(parser);
                if (parser.Current is StreamEnd)
                {
                    throw new ManifestYamlException("the manifest is empty", 1);
                }

                Expect<DocumentStart>(parser);
                var root = ReadNode(parser, state, depth: 0);
                Expect<DocumentEnd>(parser);
                if (!(parser.Current is StreamEnd))
                {
                    throw new ManifestYamlException("the manifest must be a single YAML document", parser.Current == null ? (int?)null : ManifestNode.LineOf(parser.Current.Start));
                }

                return root;
            }
            catch (YamlException ex)
            {
                // YamlDotNet reports the position of the parse error; its message already says what was expected.
                throw new ManifestYamlException("is not valid YAML: " + ex.Message.Split('\n')[0].Trim(), ex.Start.Line > 0 ? ManifestNode.LineOf(ex.Start) : (int?)null);
            }
        }

        private sealed class ReadState
        {
            public int Nodes;
        }

        private static void Expect<T>(IParser parser)
            where T : ParsingEvent
        {
            if (parser.Current == null && !parser.MoveNext())
            {
                throw new ManifestYamlException("ends unexpectedly", null);
            }

            if (!(parser.Current is T))
            {
                throw new ManifestYamlException("is not valid YAML: unexpected " + parser.Current!.GetType().Name, ManifestNode.LineOf(parser.Current.Start));
            }

            parser.MoveNext();
        }

        private static ManifestNode ReadNode(IParser parser, ReadState state, int depth)
        {
            var current = parser.Current ?? throw new ManifestYamlException("ends unexpectedly", null);
            if (++state.Nodes > MaxNodes)
            {
                throw new ManifestYamlException($"has more than {MaxNodes} YAML nodes", ManifestNode.LineOf(current.Start));
            }

            if (depth > MaxDepth)
            {
                throw new ManifestYamlException($"nests deeper than {MaxDepth} levels", ManifestNode.LineOf(current.Start));
            }

            if (current is AnchorAlias)
            {
                throw new ManifestYamlException("uses a YAML alias (*name); aliases and anchors are not allowed in a manifest", ManifestNode.LineOf(current.Start));
            }

            if (current is NodeEvent node && !node.Anchor.IsEmpty)
            {
                throw new ManifestYamlException("uses a YAML anchor (&name); aliases and anchors are not allowed in a manifest", ManifestNode.LineOf(current.Start));
            }

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return ManifestNode.Scalar(scalar);

                case SequenceStart start:
                {
                    var sequence = ManifestNode.Sequence(ManifestNode.LineOf(start.Start));
                    parser.MoveNext();
                    while (!(parser.Current is SequenceEnd))
                    {
                        sequence.Items.Add(ReadNode(parser, state, depth + 1));
                    }

                    parser.MoveNext();
                    return sequence;
                }

                case MappingStart start:
                {
                    var mapping = ManifestNode.Mapping(ManifestNode.LineOf(start.Start));
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    parser.MoveNext();
                    while (!(parser.Current is MappingEnd))
                    {
                        var key = ReadNode(parser, state, depth + 1);
                        if (key.Kind != ManifestNodeKind.Scalar || key.Value == null)
                        {
                            throw new ManifestYamlException("has a mapping key that is not a plain name", key.Line);
                        }

                        if (!seen.Add(key.Value))
                        {
                            throw new ManifestYamlException($"repeats the key '{key.Value}'", key.Line);
                        }

                        var value = ReadNode(parser, state, depth + 1);
                        value.KeyLine = key.Line;
                        mapping.Entries.Add(new KeyValuePair<ManifestNode, ManifestNode>(key, value));
                    }

                    parser.MoveNext();
                    return mapping;
                }

                default:
                    throw new ManifestYamlException("is not valid YAML: unexpected " + current.GetType().Name, ManifestNode.LineOf(current.Start));
            }
        }
    }
}
