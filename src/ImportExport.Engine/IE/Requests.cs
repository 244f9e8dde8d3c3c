using System.Collections.Generic;
using System.Globalization;
using Amazon.Runtime;

namespace ImportExport.IE
{
    /// <summary>
    /// An Import/Export request: its query-protocol action and the form parameters it sends.
    /// Parameter names and list encoding (<c>jobIds.member.N</c>) follow the 2010-06-01 service model.
    /// </summary>
    public abstract class ImportExportRequest : AmazonWebServiceRequest
    {
        internal abstract string Action { get; }

        /// <summary>The version of the client tool (the model's optional APIVersion parameter).</summary>
        public string? APIVersion { get; set; }

        internal void WriteParameters(IDictionary<string, string> parameters)
        {
            WriteOperationParameters(parameters);
            AddIfSet(parameters, "APIVersion", APIVersion);
        }

        private protected abstract void WriteOperationParameters(IDictionary<string, string> parameters);

        private protected static void AddIfSet(IDictionary<string, string> parameters, string name, string? value)
        {
            if (value is not null)
            {
                parameters[name] = value;
            }
        }

        private protected static string Bool(bool value) => value ? "true" : "false";
    }

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

    public sealed class UpdateJobRequest : ImportExportRequest
    {
        internal override string Action => "UpdateJob";

        public string JobId { get; set; } = string.Empty;
        public JobType JobType { get; set; }
        public string Manifest { get; set; } = string.Empty;
        public bool ValidateOnly { get; set; }

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters)
        {
            parameters["JobId"] = JobId;
            parameters["Manifest"] = Manifest;
            parameters["JobType"] = JobType.ToString();
            parameters["ValidateOnly"] = Bool(ValidateOnly);
        }
    }

    public sealed class CancelJobRequest : ImportExportRequest
    {
        internal override string Action => "CancelJob";

        public string JobId { get; set; } = string.Empty;

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters) => parameters["JobId"] = JobId;
    }

    public sealed class GetStatusRequest : ImportExportRequest
    {
        internal override string Action => "GetStatus";

        public string JobId { get; set; } = string.Empty;

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters) => parameters["JobId"] = JobId;
    }

    public sealed class ListJobsRequest : ImportExportRequest
    {
        internal override string Action => "ListJobs";

        /// <summary>The most jobs one page may hold (the service caps it at 1000).</summary>
        public int? MaxJobs { get; set; }

        /// <summary>The job id to start after (the last id of the previous page).</summary>
        public string? Marker { get; set; }

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters)
        {
            if (MaxJobs.HasValue)
            {
                parameters["MaxJobs"] = MaxJobs.Value.ToString(CultureInfo.InvariantCulture);
            }

            AddIfSet(parameters, "Marker", Marker);
        }
    }

    public sealed class GetShippingLabelRequest : ImportExportRequest
    {
        internal override string Action => "GetShippingLabel";

        public IList<string> JobIds { get; set; } = new List<string>();
        public ReturnAddress ReturnAddress { get; set; } = new ReturnAddress();

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters)
        {
            for (var i = 0; i < JobIds.Count; i++)
            {
                parameters["jobIds.member." + (i + 1).ToString(CultureInfo.InvariantCulture)] = JobIds[i];
            }

            var address = ReturnAddress;
            AddIfSet(parameters, "name", address.Name);
            AddIfSet(parameters, "company", address.Company);
            AddIfSet(parameters, "phoneNumber", address.PhoneNumber);
            AddIfSet(parameters, "country", address.Country);
            AddIfSet(parameters, "stateOrProvince", address.StateOrProvince);
            AddIfSet(parameters, "city", address.City);
            AddIfSet(parameters, "postalCode", address.PostalCode);
            AddIfSet(parameters, "street1", address.Street1);
            AddIfSet(parameters, "street2", address.Street2);
            AddIfSet(parameters, "street3", address.Street3);
        }
    }
}
