using System;
using System.Collections;
using System.Collections.Generic;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The one page loop of the module: every listing cmdlet, the waiter and the clients' ListAll methods walk their
    /// pages with it. It asks for a page only when the caller has consumed the one before (so -First stops the
    /// requests, and Get-IEJob -IncludeStatus reads the listing as its status window drains) and follows the next
    /// token until a page has none. A service that hands back the token it was given is refused by the client's
    /// own list call (its failure is the call's, so a cmdlet reports it like any other).
    /// </summary>
    /// <typeparam name="TPage">The client's page type (JobListPage, MgnPage&lt;T&gt;).</typeparam>
    public sealed class PageWalk<TPage> : IEnumerable<TPage>
        where TPage : class
    {
        private readonly string? _start;
        private readonly Func<string?, TPage?> _fetch;
        private readonly Func<TPage, string?> _nextToken;

        /// <param name="start">The token of the first page (null for the beginning of the listing).</param>
        /// <param name="fetch">Reads the page a token names; null when it failed and has already said why (the walk ends).</param>
        /// <param name="nextToken">The token of the page after this one; null or empty on the last page.</param>
        public PageWalk(string? start, Func<string?, TPage?> fetch, Func<TPage, string?> nextToken)
        {
            _start = start;
            _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
            _nextToken = nextToken ?? throw new ArgumentNullException(nameof(nextToken));
        }

        public IEnumerator<TPage> GetEnumerator()
        {
            var token = _start;
            while (true)
            {
                var page = _fetch(token);
                if (page is null)
                {
                    yield break;
                }

                yield return page;
                var next = _nextToken(page);
                if (string.IsNullOrEmpty(next))
                {
                    yield break;
                }

                token = next;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
