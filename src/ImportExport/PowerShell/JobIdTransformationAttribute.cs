using System;
using System.Linq;

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

        // Job ids hold no comma or space, so a comma always separates several: a shipping label's JobId, exported to
        // CSV as "BA2H4, 2WW5H", pipes back in as its two jobs.
        protected override string[]? Ids(string text)
        {
            if (text.IndexOf(',') < 0)
            {
                return null;
            }

            var ids = text.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()).Where(id => id.Length > 0).ToArray();
            return ids.Length > 0 ? ids : null;
        }
    }
}
