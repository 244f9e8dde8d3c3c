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

        // Each failed look is reported (a cmdlet writes it to -Verbose), counted in a row, then the end.
        Assert.Equal(
            [ImportWaitEventKind.LookFailed, ImportWaitEventKind.LookFailed, ImportWaitEventKind.LookFailed, ImportWaitEventKind.Finished],
            events.Select(e => e.Kind));
        Assert.Equal([1, 2, 3], events.Take(3).Select(e => e.FailedLooks));
        Assert.All(events.Take(3), e => Assert.Equal("InternalServerException, HTTP 500", e.FailureSummary));
        Assert.All(events.Take(3), e => Assert.Equal(Id, e.Id));
    }

    [Fact]
    public void Looks_that_cannot_connect_end_the_wait_after_a_few_even_without_a_timeout()
    {
        // What a stopped emulator or a wrong port gives: the connection is refused, so the request never left.
        var waiter = Waiter(_ => throw new HttpRequestException("Connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)));
        var events = new List<TaskWaitEvent<ImportTask>>();

        Assert.Throws<HttpRequestException>(() =>
        {
            foreach (var e in waiter.Wait(["import-aaaaaaaaaaaaaaaaa"], new ImportWaitOptions(), CancellationToken.None))
            {
                events.Add(e);
            }
        });

        Assert.Equal(ImportWaiter.MaxUnreachableLooks - 1, events.Count);
        Assert.All(events, e => Assert.StartsWith("could not connect", e.FailureSummary));
    }

    [Fact]
    public void A_request_still_in_flight_when_the_timeout_passes_is_cancelled()
    {
        // The look hangs until its token is cancelled; the deadline is real time here (0.2 s), the clock fake.
        var waiter = new ImportWaiter(
            async (ids, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return [];
            },
            (_, _) => Task.FromResult(0),
            (_, _) => Task.CompletedTask,
            () => _now);

        var events = waiter.Wait(["import-aaaaaaaaaaaaaaaaa"], new ImportWaitOptions { Timeout = TimeSpan.FromMilliseconds(200) }, CancellationToken.None).ToList();

        var timedOut = Assert.Single(events);
        Assert.Equal(ImportWaitEventKind.TimedOut, timedOut.Kind);
        Assert.Null(timedOut.Task);
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
