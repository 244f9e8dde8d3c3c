using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ImportExport.Manifest
{
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
                int? line = ex.Start.Line > 0 ? ManifestNode.LineOf(ex.Start) : (int?)null;
                if (ex.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstTabIndentedLine(text, line ?? 1) is { } tabLine)
                {
                    throw new ManifestYamlException("is not valid YAML: a line is indented with a tab; YAML indents with spaces only", tabLine);
                }

                // YamlDotNet reports the position of the parse error; its message already says what was expected.
                throw new ManifestYamlException("is not valid YAML: " + ex.Message.Split('\n')[0].Trim(), line);
            }
            catch (Exception ex) when (!(ex is ManifestYamlException) && !(ex is OutOfMemoryException))
            {
                // YamlDotNet's parser fails on some malformed input with an exception of its own state instead of a
                // YamlException (an unclosed flow sequence followed by another key: InvalidOperationException). It is
                // still text that is not YAML: say so, at the bracket left open or after the last line read.
                throw Unreadable(state);
            }
        }

        private static ManifestYamlException Unreadable(ReadState state)
        {
            if (state.OpenFlows.Count > 0)
            {
                var (bracket, line) = state.OpenFlows.Peek();
                return new ManifestYamlException($"is not valid YAML: the '{bracket}' at line {line} is never closed with '{(bracket == '[' ? ']' : '}')}'", line);
            }

            return new ManifestYamlException($"is not valid YAML: it cannot be read past line {state.LastLine}", state.LastLine);
        }

        /// <summary>
        /// The first line at or after <paramref name="fromLine"/> whose indentation holds a tab. YamlDotNet places a tab
        /// error at the start of the scalar or mapping it was reading (often line 1), not at the tab a user must remove.
        /// </summary>
        private static int? FirstTabIndentedLine(string text, int fromLine)
        {
            var lines = text.Split('\n');
            for (var i = Math.Max(fromLine, 1) - 1; i < lines.Length; i++)
            {
                foreach (var c in lines[i])
                {
                    if (c == '\t')
                    {
                        return i + 1;
                    }

                    if (c != ' ')
                    {
                        break;
                    }
                }
            }

            return null;
        }

        private sealed class ReadState
        {
            public int Nodes;

            /// <summary>The line of the last node read (where to point when the parser gives no position).</summary>
            public int LastLine = 1;

            /// <summary>The flow collections ([ ] and { }) opened and not yet closed, innermost last.</summary>
            public readonly Stack<(char Bracket, int Line)> OpenFlows = new Stack<(char Bracket, int Line)>();
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

        private static void Open(ReadState state, bool flow, char bracket, int line)
        {
            if (flow)
            {
                state.OpenFlows.Push((bracket, line));
            }
        }

        private static void Close(ReadState state, bool flow)
        {
            if (flow && state.OpenFlows.Count > 0)
            {
                state.OpenFlows.Pop();
            }
        }

        private static ManifestNode ReadNode(IParser parser, ReadState state, int depth)
        {
            var current = parser.Current ?? throw new ManifestYamlException("ends unexpectedly", null);
            state.LastLine = ManifestNode.LineOf(current.Start);
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
                    Open(state, start.Style == SequenceStyle.Flow, '[', sequence.Line);
                    parser.MoveNext();
                    while (!(parser.Current is SequenceEnd))
                    {
                        sequence.Items.Add(ReadNode(parser, state, depth + 1));
                    }

                    Close(state, start.Style == SequenceStyle.Flow);
                    parser.MoveNext();
                    return sequence;
                }

                case MappingStart start:
                {
                    var mapping = ManifestNode.Mapping(ManifestNode.LineOf(start.Start));
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    Open(state, start.Style == MappingStyle.Flow, '{', mapping.Line);
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

                    Close(state, start.Style == MappingStyle.Flow);
                    parser.MoveNext();
                    return mapping;
                }

                default:
                    throw new ManifestYamlException("is not valid YAML: unexpected " + current.GetType().Name, ManifestNode.LineOf(current.Start));
            }
        }
    }
}
