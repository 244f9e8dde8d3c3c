using System;
using System.Threading;
using System.Threading.Tasks;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Waits for one service call on the caller's thread. Engine code that makes calls on behalf of a long-running
    /// command (the import waiter) hands each call to the command's runner, so the command hears about the call's
    /// retries as it does for its own calls (a cmdlet writes them to -Verbose) and can stop waiting when the user
    /// stops it.
    /// </summary>
    public interface ICallRunner
    {
        /// <summary>Starts <paramref name="call"/> with <paramref name="cancellationToken"/> and returns its result or throws its failure.</summary>
        T Run<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken);
    }
}
