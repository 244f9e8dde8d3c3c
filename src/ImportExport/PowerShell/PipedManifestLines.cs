using System.Collections.Generic;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Manifest text that comes through the pipeline line by line (Get-Content without -Raw): a whole manifest has
    /// several lines, so a one-line string from the pipeline is one line of a file. The lines are gathered and read as
    /// one manifest at the end of the input, by every cmdlet that takes manifest text from the pipeline.
    /// </summary>
    internal sealed class PipedManifestLines
    {
        private readonly List<string> _lines = new List<string>();

        /// <summary>Keeps <paramref name="text"/> for the end when it is one line piped in; false when it is a manifest of its own.</summary>
        public bool Hold(PSCmdlet cmdlet, string? text)
        {
            if (!cmdlet.MyInvocation.ExpectingInput || text is null || text.IndexOf('\n') >= 0)
            {
                return false;
            }

            _lines.Add(text);
            return true;
        }

        /// <summary>The lines held, as one manifest (null when none came), said in -Verbose.</summary>
        public string? Manifest(Cmdlet cmdlet)
        {
            if (_lines.Count == 0)
            {
                return null;
            }

            cmdlet.WriteVerbose($"{_lines.Count} line(s) came through the pipeline one by one: they are read as one manifest.");
            var text = string.Join("\n", _lines);
            _lines.Clear();
            return text;
        }
    }
}
