using System;
using System.Threading;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The stop token of the command running on this logical thread of execution, for work that cannot be handed a
    /// token: credential providers, which AWSSDK.Core calls without one (and which outlive the command in the client
    /// cache). It flows into the tasks the command starts, so a refresh inside a request sees it too.
    /// </summary>
    public static class CommandCancellation
    {
        private static readonly AsyncLocal<CancellationToken> Token = new AsyncLocal<CancellationToken>();

        /// <summary>The token of the current command, or <see cref="CancellationToken.None"/> outside one.</summary>
        public static CancellationToken Current => Token.Value;

        /// <summary>Makes <paramref name="token"/> current until the result is disposed.</summary>
        public static IDisposable Use(CancellationToken token)
        {
            var previous = Token.Value;
            Token.Value = token;
            return new Restore(previous);
        }

        private sealed class Restore : IDisposable
        {
            private readonly CancellationToken _previous;

            public Restore(CancellationToken previous)
            {
                _previous = previous;
            }

            public void Dispose() => Token.Value = _previous;
        }
    }
}
