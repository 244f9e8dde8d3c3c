using System.IO;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The one confirmation rule of every cmdlet that changes something, as PowerShell's own cmdlets have it
    /// (Stop-Process, Remove-Item): <c>ShouldProcess</c> first, so <c>-WhatIf</c> always wins ("What if:" and nothing
    /// done) and an explicit <c>-Confirm</c> (or a <c>$ConfirmPreference</c> at or below the cmdlet's impact) asks; then,
    /// for what cannot be undone, the default prompt is <c>ShouldContinue</c>, the only one <c>-Force</c> skips. Nothing
    /// here reads <c>$WhatIfPreference</c> or <c>$ConfirmPreference</c>: PowerShell applies them inside ShouldProcess.
    /// </summary>
    public sealed class ChangeApproval
    {
        private readonly PSCmdlet _cmdlet;
        private bool _yesToAll;
        private bool _noToAll;

        public ChangeApproval(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
        }

        /// <summary>May the cmdlet make a change that can be undone (create, replace, write a file)?</summary>
        public bool Approve(string target, string action) => _cmdlet.ShouldProcess(target, action);

        /// <summary>
        /// As <see cref="Approve(string, string)"/>, with AWS Tools' -Force (on the cmdlets that share its names): no
        /// prompt even where $ConfirmPreference would ask; -WhatIf still wins and an explicit -Confirm still asks.
        /// </summary>
        public bool Approve(string target, string action, bool force)
        {
            var bound = _cmdlet.MyInvocation.BoundParameters;
            var whatIf = bound.TryGetValue("WhatIf", out var w) ? ((SwitchParameter)w).IsPresent
                : LanguagePrimitives.IsTrue(_cmdlet.SessionState.PSVariable.GetValue("WhatIfPreference"));
            if (force && !whatIf && !bound.ContainsKey("Confirm"))
            {
                return true;
            }

            return _cmdlet.ShouldProcess(target, action);
        }

        /// <summary>
        /// May the cmdlet write the file <paramref name="path"/>, which may exist? ShouldProcess first, so -WhatIf says
        /// what would happen (replacing the file, when it exists) and writes nothing even where the real run would
        /// refuse; only a run that would really write refuses an existing file without -Force, as the error
        /// ErrorCatalogue.FileExists of <paramref name="kind"/> targeting the path.
        /// </summary>
        internal bool ApproveFileWrite(string path, string action, bool force, FileKind kind)
        {
            var exists = File.Exists(path);
            if (!_cmdlet.ShouldProcess(path, exists ? action + ", replacing the existing file" : action))
            {
                return false;
            }

            if (exists && !force)
            {
                _cmdlet.WriteError(ErrorCatalogue.FileExists(kind, path));
                return false;
            }

            return true;
        }

        /// <summary>
        /// May the cmdlet make a change that cannot be undone? Asks "<paramref name="query"/>" unless -Force, or unless
        /// the user already decided with -Confirm (asked by ShouldProcess) or -Confirm:$false. "Yes to All" and "No to
        /// All" answer for the rest of the command's input.
        /// </summary>
        public bool ApproveIrreversible(string target, string action, string query, bool force)
        {
            if (!_cmdlet.ShouldProcess(target, action))
            {
                return false;
            }

            if (force || _cmdlet.MyInvocation.BoundParameters.ContainsKey("Confirm"))
            {
                return true;
            }

            return _cmdlet.ShouldContinue(query, "Confirm", ref _yesToAll, ref _noToAll);
        }
    }
}
