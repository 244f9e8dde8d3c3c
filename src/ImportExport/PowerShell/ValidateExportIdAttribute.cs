using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Rejects MGN export ids that cannot be real before any request (see <see cref="MgnTaskIds"/>). The binding error
    /// names the parameter and the id.
    /// </summary>
    public sealed class ValidateExportIdAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics) => MgnTaskIds.Validate(arguments, "export");
    }
}
