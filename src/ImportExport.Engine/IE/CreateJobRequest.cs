using System.Collections.Generic;

namespace ImportExport.IE
{
    /// <summary>
    /// CreateJob makes a new job each time it is processed and has no idempotency token. So when an attempt fails
    /// after it may have reached the service (connection lost or timed out after sending, HTTP 500/502/504, an
    /// unreadable answer), the client does not resend it and fails with
    /// <see cref="Runtime.OperationOutcomeUnknownException"/> instead, unless <see cref="RetryUnknownOutcome"/> is set.
    /// Throttling, 503 and failures to connect are retried as usual. ValidateOnly requests create nothing and are
    /// always retried.
    /// </summary>
    public sealed class CreateJobRequest : ImportExportRequest, Runtime.INonIdempotentRequest
    {
        internal override string Action => "CreateJob";

        public JobType JobType { get; set; }
        public string Manifest { get; set; } = string.Empty;
        public string? ManifestAddendum { get; set; }
        public bool ValidateOnly { get; set; }

        /// <summary>Resend even when an attempt may have created the job (a duplicate job is possible). Not sent to the service.</summary>
        public bool RetryUnknownOutcome { get; set; }

        bool Runtime.INonIdempotentRequest.RetryWhenOutcomeUnknown => ValidateOnly || RetryUnknownOutcome;

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters)
        {
            parameters["JobType"] = JobType.ToString();
            parameters["Manifest"] = Manifest;
            AddIfSet(parameters, "ManifestAddendum", ManifestAddendum);
            parameters["ValidateOnly"] = Bool(ValidateOnly);
        }
    }
}
