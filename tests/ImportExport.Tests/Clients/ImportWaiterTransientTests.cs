using System.Net;
using Amazon.Runtime;
using ImportExport.Mgn;

namespace ImportExport.Tests.Clients;

/// <summary>A waiter keeps looking through transient failures (already retried by Core) until its timeout.</summary>
public sealed class ImportWaiterTransientTests
{
    private TimeSpan _now;

    private ImportWaiter Waiter(Func<int, IReadOnlyList<ImportTask>> look)
    {
        var looks = 0;
        return new ImportWaiter(
            (ids, _) => Task.FromResult(look(looks++)),
            (_, _) => Task.FromResult(0),
            (pause, _) =>
            {
                _now += pause;
                return Task.CompletedTask;
            },
            () => _now);
    }

    private static AmazonServiceException Http500() =>
        new("We encountered an internal error.", null, ErrorType.Receiver, "InternalServerException", "req-1", HttpStatusCode.InternalServerError);

    [Fact]
    public void Three_HTTP_500_looks_in_a_row_do_not_end_the_wait()
    {
        const string Id = "import-aaaaaaaaaaaaaaaaa";
        var waiter = Waiter(look => look < 3 ? throw Http500() : [new ImportTask { ImportId = Id, Status = "SUCCEEDED", ProgressPercentage = 100 }]);

        var events = waiter.Wait([Id], new ImportWaitOptions { Timeout = TimeSpan.FromMinutes(5) }, CancellationToken.None).ToList();

        Assert.Equal(ImportWaitEventKind.Finished, Assert.Single(events).Kind);
    }

    [Fact]
    public void Failures_until_the_timeout_end_it_with_the_last_failure()
    {
        var waiter = Waiter(_ => throw Http500());

        var error = Assert.Throws<AmazonServiceException>(() =>
            waiter.Wait(["import-aaaaaaaaaaaaaaaaa"], new ImportWaitOptions { Timeout = TimeSpan.FromSeconds(30) }, CancellationToken.None).ToList());

        Assert.Equal("InternalServerException", error.ErrorCode);
        Assert.True(_now >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_failure_that_is_not_transient_ends_the_wait_at_once()
    {
        var waiter = Waiter(_ => throw new AmazonServiceException("denied", null, ErrorType.Sender, "AccessDeniedException", "req-2", HttpStatusCode.Forbidden));

        Assert.Throws<AmazonServiceException>(() =>
            waiter.Wait(["import-aaaaaaaaaaaaaaaaa"], new ImportWaitOptions { Timeout = TimeSpan.FromMinutes(5) }, CancellationToken.None).ToList());
        Assert.Equal(TimeSpan.Zero, _now);
    }
}
