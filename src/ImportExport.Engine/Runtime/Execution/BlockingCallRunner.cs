using System;
using System.Threading;
using System.Threading.Tasks;

namespace ImportExport.Runtime
{
    /// <summary>The plain runner: blocks until the call ends. For callers that have no stream to report retries to.</summary>
    public sealed class BlockingCallRunner : ICallRunner
    {
        public static readonly BlockingCallRunner Instance = new BlockingCallRunner();

        private BlockingCallRunner()
        {
        }

        public T Run<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
            call(cancellationToken).GetAwaiter().GetResult();
    }
}
