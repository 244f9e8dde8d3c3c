using System;

namespace ImportExport.PowerShell
{
    /// <summary>Only MGN export ids reach -ExportId: text, or an object's ExportId (see <see cref="IdTransformationAttribute"/>).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ExportIdTransformationAttribute : IdTransformationAttribute
    {
        public ExportIdTransformationAttribute()
            : base("ExportId", "An export id is text (such as export-1a2b3c4d5e6f7g8h9) or an object with an ExportId property (what Get-MGNExport returns)")
        {
        }
    }
}
