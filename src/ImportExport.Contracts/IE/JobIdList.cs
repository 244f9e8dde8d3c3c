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

        /// <summary>What separates the ids when the list reads as text (and in a CSV cell).</summary>
        public const string Separator = ", ";

        public override string ToString() => string.Join(Separator, this);
    }
}
