using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Rejects MGN import ids that cannot be real before any request (see <see cref="MgnTaskIds"/>). The binding error
    /// names the parameter and the id.
    /// </summary>
    public sealed class ValidateImportIdAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics) => MgnTaskIds.Validate(arguments, "import");
    }
}
