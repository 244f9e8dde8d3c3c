using System;
using System.Net;
using System.Net.Sockets;
using ImportExport.IE;
using ImportExport.Runtime;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// Real transport failures of the HttpWebRequest stack, which reports them as WebException statuses: the engine
    /// classifies each (WebExceptionClassifier), retries what it retries on .NET, as often, and keeps CreateJob's
    /// guard. Each test asserts the status the stack produced, so a failure that arrived in another shape is seen.
    /// </summary>
    public sealed class FailureKindTests
    {
        private static CreateJobRequest NewJob() => new CreateJobRequest { JobType = JobType.Import, Manifest = Lane.ImportManifest };

        private static WebException WebFailureIn(Exception exception) =>
            WebExceptionClassifier.Find(exception) ?? throw new Xunit.Sdk.XunitException("No WebException in: " + exception);

        /// <summary>A loopback port nothing listens on (LoopbackServer.RefusingEndpoint, in the services host): connecting is refused.</summary>
        private static Uri RefusingEndpoint() => new Uri(Lane.Services.Send("refusing-endpoint")[0] + "/");

        [Fact]
        public void A_refused_connection_is_ConnectFailure_never_sent_retried_three_times_even_for_CreateJob()
        {
            var endpoint = RefusingEndpoint();

            var error = Assert.Throws<ServiceUnreachableException>(() => ServiceClients.ImportExport(Lane.Settings(endpoint)).Client.CreateJob(NewJob()));

            Assert.Equal(WebExceptionStatus.ConnectFailure, WebFailureIn(error).Status);
            Assert.Equal(WebFailureKind.NotSent, WebExceptionClassifier.Classify(WebFailureIn(error).Status));
            Assert.Equal(FailureDelivery.NotSent, FailureClassifier.Classify(error).Delivery);
            Assert.Contains("after 3 attempt(s)", error.Message);
        }

        /// <remarks>The WebException has no inner exception here, as on .NET Framework: the status alone decides.</remarks>
        [Fact]
        public void A_name_that_does_not_resolve_is_NameResolutionFailure_never_sent_and_retried()
        {
            var endpoint = new Uri("https://importexport.lane-" + Guid.NewGuid().ToString("N") + ".invalid/");

            var error = Assert.Throws<ServiceUnreachableException>(() => ServiceClients.ImportExport(Lane.Settings(endpoint)).Client.CreateJob(NewJob()));

            Assert.Equal(WebExceptionStatus.NameResolutionFailure, WebFailureIn(error).Status);
            Assert.Null(WebFailureIn(error).InnerException);
            Assert.Equal(WebFailureKind.NotSent, WebExceptionClassifier.Classify(WebFailureIn(error).Status));
            Assert.Equal(FailureDelivery.NotSent, FailureClassifier.Classify(error).Delivery);
            Assert.Contains("after 3 attempt(s)", error.Message);
        }

        /// <remarks>
        /// Mono's WebException for a refused connection carries the SocketException inside, which the classifier also
        /// reads; .NET Framework's carries none, so there the ConnectFailure status alone must say "never sent". The
        /// status the stack produced is classified here in .NET Framework's shape. (An unresolved name has no inner
        /// exception on either, so the test above runs .NET Framework's path as it is.)
        /// </remarks>
        [Fact]
        public void Mono_keeps_the_SocketException_inside_a_refused_connection_and_NET_Framework_does_not_so_ConnectFailure_alone_says_never_sent()
        {
            var endpoint = RefusingEndpoint();
            var error = Assert.Throws<ServiceUnreachableException>(() => ServiceClients.ImportExport(Lane.Settings(endpoint, maxRetries: 0)).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" }));
            var web = WebFailureIn(error);

            var asOnNetFramework = new System.Net.Http.HttpRequestException("An error occurred while sending the request.", new WebException(web.Message, web.Status));

            Assert.IsType<SocketException>(web.InnerException);
            Assert.Equal(FailureDelivery.NotSent, FailureClassifier.Classify(asOnNetFramework).Delivery);
            Assert.True(FailureClassifier.Classify(asOnNetFramework).IsTransient);
        }

        [Fact]
        public void A_connection_reset_before_the_request_is_retried_three_times_and_ends_in_ServiceUnreachable()
        {
            using var proxy = Lane.Proxy("reset");

            var error = Assert.Throws<ServiceUnreachableException>(() => ServiceClients.ImportExport(Lane.Settings(proxy.Endpoint)).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" }));

            Assert.Equal(3, proxy.Requests);
            Assert.False(error.TimedOut);
            Assert.Equal(WebFailureKind.MaybeSent, WebExceptionClassifier.Classify(WebFailureIn(error).Status));
            Assert.Contains("after 3 attempt(s)", error.Message);
        }

        [Fact]
        public void A_connection_reset_once_is_retried_and_the_call_succeeds()
        {
            using var proxy = Lane.Proxy("reset-once", "ListJobs");

            var page = ServiceClients.ImportExport(Lane.Settings(proxy.Endpoint)).Client.ListJobs(new ListJobsRequest());

            Assert.NotNull(page);
            Assert.Equal(2, proxy.Requests);
        }

        [Fact]
        public void CreateJob_whose_answer_is_lost_after_the_service_created_the_job_is_not_resent()
        {
            using var proxy = Lane.Proxy("drop-once", "CreateJob");
            var before = int.Parse(Lane.Services.Send("operations", "CreateJob")[0]);

            var error = Assert.Throws<OperationOutcomeUnknownException>(() => ServiceClients.ImportExport(Lane.Settings(proxy.Endpoint)).Client.CreateJob(NewJob()));

            Assert.Equal(1, proxy.Requests);
            Assert.Equal(before + 1, int.Parse(Lane.Services.Send("operations", "CreateJob")[0]));
            Assert.Equal("CreateJob", error.Operation);
            Assert.Equal("the connection broke before an answer came", error.Reason);
            Assert.NotNull(WebExceptionClassifier.Find(error.Cause));
        }

        [Fact]
        public void A_load_balancers_503_is_retried_three_times_even_for_CreateJob()
        {
            using var proxy = Lane.Proxy("lb503");

            var error = Assert.ThrowsAny<Amazon.Runtime.AmazonServiceException>(() => ServiceClients.ImportExport(Lane.Settings(proxy.Endpoint)).Client.CreateJob(NewJob()));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal(3, proxy.Requests);
        }

        [Fact]
        public void A_request_that_gets_no_answer_times_out_is_retried_and_ends_in_ServiceTimeout()
        {
            using var proxy = Lane.Proxy("hang");
            using var impatient = ServiceClients.AddConfigurator(c => { if (c.ServiceURL?.StartsWith(proxy.Endpoint.ToString().TrimEnd('/'), StringComparison.Ordinal) == true) { c.Timeout = TimeSpan.FromSeconds(1); } });

            var error = Assert.Throws<ServiceUnreachableException>(() => ServiceClients.ImportExport(Lane.Settings(proxy.Endpoint, maxRetries: 1)).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" }));

            Assert.True(error.TimedOut);
            Assert.Equal(2, proxy.Requests);
            Assert.Contains("after 2 attempt(s)", error.Message);
        }

        [Fact]
        public void CreateJob_that_gets_no_answer_is_not_resent()
        {
            using var proxy = Lane.Proxy("hang");
            using var impatient = ServiceClients.AddConfigurator(c => { if (c.ServiceURL?.StartsWith(proxy.Endpoint.ToString().TrimEnd('/'), StringComparison.Ordinal) == true) { c.Timeout = TimeSpan.FromSeconds(1); } });

            var error = Assert.Throws<OperationOutcomeUnknownException>(() => ServiceClients.ImportExport(Lane.Settings(proxy.Endpoint)).Client.CreateJob(NewJob()));

            Assert.Equal(1, proxy.Requests);
            Assert.Equal("no answer came before the timeout", error.Reason);
        }

        [Fact]
        public void An_answer_whose_body_stalls_is_retried_and_never_read_as_an_answer()
        {
            using var proxy = Lane.Proxy("stall");
            using var impatient = ServiceClients.AddConfigurator(c => { if (c.ServiceURL?.StartsWith(proxy.Endpoint.ToString().TrimEnd('/'), StringComparison.Ordinal) == true) { c.Timeout = TimeSpan.FromSeconds(1); } });

            var error = Assert.ThrowsAny<Exception>(() => ServiceClients.ImportExport(Lane.Settings(proxy.Endpoint, maxRetries: 1)).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" }));

            Assert.Equal(2, proxy.Requests);
            var facts = FailureClassifier.Classify(error);
            Assert.True(facts.IsTransient, error.ToString());
            Assert.True(facts.MayHaveBeenCarriedOut, error.ToString());
        }

        [Fact]
        public void An_untrusted_certificate_is_a_TLS_failure_that_is_not_retried()
        {
            var tls = Lane.Services.Send("tls");

            var error = Assert.Throws<TransportSecurityException>(() => ServiceClients.ImportExport(Lane.Settings(new Uri(tls[1]))).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" }));

            var web = WebFailureIn(error);
            Assert.Equal(WebFailureKind.SecureChannel, WebExceptionClassifier.Classify(web.Status));
            Assert.True(FailureClassifier.Classify(error).IsSecureChannel);
            Assert.Equal("1", Lane.Services.Send("tls-connections", tls[0])[0]);
        }
    }
}
