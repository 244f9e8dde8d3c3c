using System.Collections.Generic;

namespace ImportExport.Mgn
{
    /// <summary>A page of a listing, with the token for the next one.</summary>
    public sealed class MgnPage<T>
    {
        public MgnPage(IReadOnlyList<T> items, string? nextToken)
        {
            Items = items;
            NextToken = nextToken;
        }

        public IReadOnlyList<T> Items { get; }

        public string? NextToken { get; }
    }
}
