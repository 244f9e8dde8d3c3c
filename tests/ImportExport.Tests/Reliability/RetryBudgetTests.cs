using Amazon.Runtime.Internal;
using ImportExport.Runtime;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// Issue 24, item 11: the standard retry mode's retry quota belongs to one command, as it belongs to one AWS CLI
/// process: after a command spends it, the next command of the session again gets every attempt -MaxRetry allows.
/// AWSSDK.Core held it once per process and service URL, so after about 100 failed retries every later command of the
/// session made one attempt.
/// </summary>
public sealed class RetryBudgetTests
{
    [Fact]
    public void Within_one_command_the_budget_pays_for_100_retries_and_a_success_pays_back()
    {
        var budget = new RetryBudget();

        Assert.Equal(100, Enumerable.Range(0, 200).Count(_ => budget.TryAcquire(afterTimeout: false)));
        Assert.False(budget.TryAcquire(afterTimeout: false));
        budget.Release(CapacityManager.CapacityType.Retry);
        Assert.True(budget.TryAcquire(afterTimeout: false));
        Assert.False(budget.TryAcquire(afterTimeout: false));
        budget.Release(CapacityManager.CapacityType.Increment);
        Assert.Equal(RetryBudget.SuccessRefund, budget.Available);
    }
}
