using System;

namespace ImportExport.PowerShell
{
    /// <summary>Only MGN import ids reach -ImportId: text, or an object's ImportId (see <see cref="IdTransformationAttribute"/>).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ImportIdTransformationAttribute : IdTransformationAttribute
    {
        public ImportIdTransformationAttribute()
            : base("ImportId", "An import id is text (such as import-1a2b3c4d5e6f7g8h9) or an object with an ImportId property (what Get-MGNImport returns)")
        {
        }
    }
}
