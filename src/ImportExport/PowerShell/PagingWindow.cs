using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// -Skip and -First (SupportsPaging) over items that arrive page by page: which listed item to write, and when
    /// enough have been written that no further page needs to be requested.
    /// </summary>
    internal sealed class PagingWindow
    {
        private ulong _toSkip;
        private ulong _toEmit;

        public PagingWindow(PagingParameters paging)
        {
            _toSkip = paging.Skip;
            _toEmit = paging.First;
        }

        /// <summary>Items seen so far (written or skipped).</summary>
        public ulong Listed { get; private set; }

        /// <summary>True once -First items have been written: stop requesting pages.</summary>
        public bool IsFull => _toEmit == 0;

        /// <summary>Counts one listed item; true when it is to be written.</summary>
        public bool Admit()
        {
            if (_toEmit == 0)
            {
                return false;
            }

            Listed++;
            if (_toSkip > 0)
            {
                _toSkip--;
                return false;
            }

            _toEmit--;
            return true;
        }
    }
}
