using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The output of a listing cmdlet (SupportsPaging) over one or more paged listings: -Skip and -First across all of
    /// them, no page requested once -First is satisfied, and -IncludeTotalCount honest about what it knows.
    /// </summary>
    /// <remarks>
    /// None of the APIs returns a total, so the count is of the items on the pages read. It is exact (accuracy 1.0)
    /// only when every listing was read to its last page, even if -First stopped the writing earlier on that page;
    /// otherwise the number is what was seen so far and the accuracy 0.0, which PowerShell shows as "Unknown total
    /// count". The count comes first, as PowerShell's convention and the help have it, so with -IncludeTotalCount the
    /// items are held until the listings end.
    /// </remarks>
    internal sealed class PagedOutput
    {
        private readonly PSCmdlet _cmdlet;
        private readonly bool _includeTotalCount;
        private readonly List<object> _held = new List<object>();
        private ulong _toSkip;
        private ulong _toWrite;
        private bool _everyListingEnded = true;

        public PagedOutput(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
            var paging = cmdlet.PagingParameters;
            _toSkip = paging?.Skip ?? 0;
            _toWrite = paging?.First ?? ulong.MaxValue;
            _includeTotalCount = paging?.IncludeTotalCount == true;
        }

        /// <summary>Every item on the pages read so far, written, skipped or past -First.</summary>
        public ulong Seen { get; private set; }

        /// <summary>-First items have been admitted: request no further page.</summary>
        public bool IsFull => _toWrite == 0;

        /// <summary>
        /// The items of one listing inside the -Skip/-First window, reading <paramref name="pages"/> only as far as the
        /// window needs. <paramref name="seen"/> gets every item of every page read (completion, ids found), admitted or not.
        /// </summary>
        /// <param name="pages">The listing's pages, read lazily (a <see cref="Runtime.PageWalk{TPage}"/>).</param>
        /// <param name="items">The items of one page.</param>
        /// <param name="isLast">True for the listing's last page (no next token).</param>
        /// <param name="seen">Called for every item of every page read.</param>
        public IEnumerable<TItem> Admit<TPage, TItem>(IEnumerable<TPage> pages, Func<TPage, IEnumerable<TItem>> items, Func<TPage, bool> isLast, Action<TItem>? seen = null)
        {
            if (IsFull)
            {
                // Not read at all: how many it holds is not known.
                _everyListingEnded = false;
                yield break;
            }

            var ended = false;
            foreach (var page in pages)
            {
                // The rest of a page -First has filled is counted too: it is already here and makes the count exact.
                foreach (var item in items(page))
                {
                    Seen++;
                    seen?.Invoke(item);
                    if (_toSkip > 0)
                    {
                        _toSkip--;
                    }
                    else if (_toWrite > 0)
                    {
                        _toWrite--;
                        yield return item;
                    }
                }

                if (isLast(page))
                {
                    ended = true;
                    break;
                }

                if (IsFull)
                {
                    break;
                }
            }

            // Stopped by -First, by the caller (-NoAutoIteration), or by a page that failed (already reported).
            _everyListingEnded &= ended;
        }

        /// <summary>Writes one output object, or holds it until the count has been written (-IncludeTotalCount).</summary>
        public void Write(object item)
        {
            if (_includeTotalCount)
            {
                _held.Add(item);
            }
            else
            {
                _cmdlet.WriteObject(item);
            }
        }

        /// <summary>After the last listing: with -IncludeTotalCount, the count, then the items held back.</summary>
        public void Complete()
        {
            if (!_includeTotalCount)
            {
                return;
            }

            _cmdlet.WriteObject(_cmdlet.PagingParameters.NewTotalCount(Seen, _everyListingEnded ? 1.0 : 0.0));
            foreach (var item in _held)
            {
                _cmdlet.WriteObject(item);
            }

            _held.Clear();
        }
    }
}
