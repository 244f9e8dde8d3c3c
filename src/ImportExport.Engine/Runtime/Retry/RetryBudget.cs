using System;
using System.Threading;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The standard retry mode's retry quota, held per command. AWSSDK.Core holds it in one static CapacityManager per
    /// service URL for the whole process; a PowerShell session is one long process whose commands share one cached
    /// client, so after about 100 failed retries (a bad hour) every later command was silently held to one attempt,
    /// whatever -MaxRetry said. botocore and the AWS CLI hold the quota per client, and a CLI command is a process of
    /// its own: one command's failures never starve the next. Here each command (see <see cref="Use"/>) starts with a
    /// full quota, with the mode's costs: 500 units, a retry costs 5 and a retry after a timeout 10, a success returns
    /// 1 (the cost of its retry when it was one). Calls made outside a command share the quota of their client.
    /// </summary>
    public sealed class RetryBudget
    {
        public const int Capacity = 500;
        public const int RetryCost = 5;
        public const int TimeoutRetryCost = 10;
        public const int SuccessRefund = 1;

        private static readonly AsyncLocal<RetryBudget?> CurrentBudget = new AsyncLocal<RetryBudget?>();

        private readonly object _gate = new object();
        private int _available = Capacity;

        /// <summary>What is left (for tests and -Verbose).</summary>
        public int Available
        {
            get
            {
                lock (_gate)
                {
                    return _available;
                }
            }
        }

        /// <summary>The budget of the command running on this logical thread, or null outside one.</summary>
        public static RetryBudget? Current => CurrentBudget.Value;

        /// <summary>Makes <paramref name="budget"/> the budget of the calls started until the result is disposed.</summary>
        public static IDisposable Use(RetryBudget budget)
        {
            var previous = CurrentBudget.Value;
            CurrentBudget.Value = budget;
            return new Restore(previous);
        }

        /// <summary>Takes the cost of one retry; false when the budget cannot pay it (no retry).</summary>
        public bool TryAcquire(bool afterTimeout)
        {
            var cost = afterTimeout ? TimeoutRetryCost : RetryCost;
            lock (_gate)
            {
                if (_available < cost)
                {
                    return false;
                }

                _available -= cost;
                return true;
            }
        }

        /// <summary>A call succeeded: a first attempt returns 1, a retried one what its last retry cost.</summary>
        public void Release(CapacityManager.CapacityType lastCapacity)
        {
            var refund = lastCapacity == CapacityManager.CapacityType.Timeout ? TimeoutRetryCost
                : lastCapacity == CapacityManager.CapacityType.Retry ? RetryCost
                : SuccessRefund;
            lock (_gate)
            {
                _available = Math.Min(Capacity, _available + refund);
            }
        }

        /// <summary>
        /// The decision of the module's retry policies (<see cref="StandardModuleRetryPolicy"/>,
        /// <see cref="AdaptiveModuleRetryPolicy"/>) in place of Core's process-wide quota: the current command's
        /// budget pays for the retry, else <paramref name="clientBudget"/>.
        /// </summary>
        internal static bool Acquire(IExecutionContext executionContext, bool bypass, RetryBudget clientBudget)
        {
            var context = executionContext.RequestContext;
            if (bypass || !context.ClientConfig.ThrottleRetries)
            {
                return true;
            }

            var budget = Current ?? clientBudget;
            if (budget.TryAcquire(context.LastCapacityType == CapacityManager.CapacityType.Timeout))
            {
                return true;
            }

            RetryNotices.Publish($"{RequestNames.Operation(context)}: attempt {context.Retries + 1} failed; not retried: this command has spent its retry budget (about {Capacity / RetryCost} retries without a success).");
            return false;
        }

        internal static void Release(IExecutionContext executionContext, RetryBudget clientBudget)
        {
            if (executionContext.RequestContext.ClientConfig.ThrottleRetries)
            {
                (Current ?? clientBudget).Release(executionContext.RequestContext.LastCapacityType);
            }
        }

        private sealed class Restore : IDisposable
        {
            private readonly RetryBudget? _previous;

            public Restore(RetryBudget? previous) => _previous = previous;

            public void Dispose() => CurrentBudget.Value = _previous;
        }
    }
}
