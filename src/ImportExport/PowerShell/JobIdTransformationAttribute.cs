using System;

namespace ImportExport.PowerShell
{
    /// <summary>Only job ids reach -JobId and -Marker: text, or an object's JobId (see <see cref="IdTransformationAttribute"/>).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class JobIdTransformationAttribute : IdTransformationAttribute
    {
        public JobIdTransformationAttribute()
            : base("JobId", "A job id is text (such as 730GZ) or an object with a JobId property (what Get-IEJob returns)")
        {
        }
    }
}
