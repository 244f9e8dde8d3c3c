using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ImportExport.IE
{
    /// <summary>Job ids as one value (a shipping label covers several jobs); reads as "ABCDE, FGHIJ".</summary>
    public sealed class JobIdList : ReadOnlyCollection<string>
    {
        public JobIdList(IList<string> jobIds)
            : base(jobIds)
        {
        }

        public override string ToString() => string.Join(", ", this);
    }
}
