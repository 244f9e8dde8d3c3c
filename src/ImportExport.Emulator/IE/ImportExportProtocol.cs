using System.Globalization;
using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;
using ImportExport.Manifest;

namespace ImportExport.Emulator.IE;

/// <summary>
/// AWS Import/Export, API 2010-06-01, query protocol: form-encoded <c>POST /</c> with <c>Action</c> (botocore also
/// puts <c>?Operation=X</c> in some URLs), XML responses in the 2010-06-01 namespace. Signed with SigV4 as
/// <c>IngestionService</c> in us-east-1 (what botocore sends) or with SigV2 form parameters (older SDKs).
/// </summary>
internal sealed class ImportExportProtocol(EmulatorState state) : IServiceProtocol
{
    public const string SigningName = "IngestionService";
    public const string SigningRegion = "us-east-1";

    private const string TextXml = "text/xml";

    // Authentication parameters are not operation input; the request log leaves them out of Parameters.
    private static readonly HashSet<string> AuthParameters = new(StringComparer.Ordinal)
    {
        "AWSAccessKeyId", "Signature", "SignatureVersion", "SignatureMethod", "Timestamp", "Expires", "SecurityToken",
        "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature", "X-Amz-Security-Token",
    };

    public string Service => ServiceNames.ImportExport;

    public string? ReadOperation(Exchange exchange)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in exchange.Signed.QueryParameters.Concat(exchange.Signed.FormParameters))
        {
            if (!AuthParameters.Contains(pair.Key) && pair.Key != "Operation")
            {
                parameters[pair.Key] = pair.Value;
            }
        }

        exchange.Record.Parameters = parameters;
        return ParameterPairs.Get(exchange.Signed.FormParameters, "Action")
            ?? ParameterPairs.Get(exchange.Signed.QueryParameters, "Action")
            ?? ParameterPairs.Get(exchange.Signed.QueryParameters, "Operation");
    }

    public ServiceResponse Fault(Exchange exchange, FaultKind kind) => kind == FaultKind.Throttle
        ? Error(exchange, new ServiceErrorException(400, "Throttling", "Rate exceeded"))
        : Error(exchange, new ServiceErrorException(500, "InternalError", "We encountered an internal error. Please try again."), type: "Receiver");

    public ServiceResponse Handle(Exchange exchange, string? operation)
    {
        try
        {
            var caller = Authenticate(exchange);
            var request = new IeRequest(exchange, caller);
            return operation switch
            {
                "CreateJob" => CreateJob(request),
                "UpdateJob" => UpdateJob(request),
                "CancelJob" => CancelJob(request),
                "GetStatus" => GetStatus(request),
                "ListJobs" => ListJobs(request),
                "GetShippingLabel" => GetShippingLabel(request),
                null => throw new ServiceErrorException(400, "MissingAction", "The request must contain the parameter Action."),
                _ => throw new ServiceErrorException(400, "InvalidAction", $"The action {operation} is not valid for this web service."),
            };
        }
        catch (ServiceErrorException ex)
        {
            return Error(exchange, ex);
        }
    }

    private EmulatorCredential Authenticate(Exchange exchange)
    {
        var signed = exchange.Signed;
        var isV2 = ParameterPairs.Get(signed.FormParameters, "Signature") is not null || ParameterPairs.Get(signed.QueryParameters, "Signature") is not null;
        var result = isV2 ? state.SigV2.Verify(signed, exchange.Now) : state.SigV4.Verify(signed, SigningName, SigningRegion, exchange.Now);
        exchange.Record.SignatureVersion = result.Version;
        exchange.Record.AccessKeyId = result.AccessKeyId;
        return result.Failure switch
        {
            AuthFailure.None => result.Credential!,
            AuthFailure.MissingAuthentication => throw new ServiceErrorException(403, "MissingAuthenticationToken", result.Message),
            AuthFailure.IncompleteSignature => throw new ServiceErrorException(400, "IncompleteSignature", result.Message),
            AuthFailure.UnknownAccessKey => throw new ServiceErrorException(403, "InvalidAccessKeyIdException", "The AWS Access Key Id you provided does not exist in our records."),
            AuthFailure.SignatureMismatch => throw new ServiceErrorException(403, "SignatureDoesNotMatch", result.Message),
            AuthFailure.RequestExpired => throw new ServiceErrorException(400, "RequestExpired", result.Message),
            AuthFailure.ExpiredToken => throw new ServiceErrorException(403, "ExpiredToken", result.Message),
            _ => throw new ServiceErrorException(403, "InvalidClientTokenId", result.Message),
        };
    }

    private ServiceResponse CreateJob(IeRequest request)
    {
        var jobType = request.RequiredJobType();
        var manifest = request.Required("Manifest");
        var validateOnly = request.RequiredBoolean("ValidateOnly");
        var (logBucket, logPrefix) = CheckManifest(request, manifest, jobType);

        using var xml = QueryXmlWriter.ForResult("CreateJob");
        if (validateOnly)
        {
            // Nothing is created, so there is no JobId or signature to return; the model makes them all optional.
            xml.Element("JobType", jobType);
            return Ok(xml, request);
        }

        var job = state.Jobs.Create(request.Caller.AccountId, request.Caller.AccessKeyId, jobType, manifest, logBucket, logPrefix, request.Exchange.Now);
        xml.Element("JobId", job.JobId)
            .Element("JobType", job.JobType)
            .Element("Signature", job.Signature)
            .Element("SignatureFileContents", job.SignatureFileContents);
        WriteArtifacts(xml, request, job.JobId);
        return Ok(xml, request);
    }

    private ServiceResponse UpdateJob(IeRequest request)
    {
        var jobId = request.Required("JobId");
        var manifest = request.Required("Manifest");
        var jobType = request.RequiredJobType();
        var validateOnly = request.RequiredBoolean("ValidateOnly");

        var current = Find(request, jobId);
        if (current.JobType != jobType)
        {
            throw new ServiceErrorException(400, "InvalidParameterException", $"JobType {jobType} does not match the type of job {jobId} ({current.JobType}).");
        }

        if (current.HasStarted)
        {
            throw new ServiceErrorException(400, "UnableToUpdateJobIdException", $"Job {jobId} can no longer be updated: the data transfer has started ({current.LocationCode}/{current.ProgressCode}).");
        }

        var (logBucket, logPrefix) = CheckManifest(request, manifest, jobType);
        if (!validateOnly)
        {
            // Re-check under the lock: the job may have moved on while the manifest was validated.
            state.Jobs.TryUpdate(jobId, request.Caller.AccountId, job =>
            {
                if (StateError(job) is { } problem)
                {
                    throw problem;
                }

                if (job.HasStarted)
                {
                    throw new ServiceErrorException(400, "UnableToUpdateJobIdException", $"Job {jobId} can no longer be updated: the data transfer has started.");
                }

                (job.Manifest, job.LogBucket, job.LogPrefix) = (manifest, logBucket, logPrefix);
            });
        }

        using var xml = QueryXmlWriter.ForResult("UpdateJob");
        xml.Element("Success", true);
        WriteArtifacts(xml, request, jobId);
        return Ok(xml, request);
    }

    private ServiceResponse CancelJob(IeRequest request)
    {
        var jobId = request.Required("JobId");
        var found = state.Jobs.TryUpdate(jobId, request.Caller.AccountId, job =>
        {
            if (StateError(job) is { } problem)
            {
                throw problem;
            }

            if (job.HasStarted)
            {
                throw new ServiceErrorException(400, "UnableToCancelJobIdException", $"Job {jobId} can no longer be canceled: the data transfer has started ({job.LocationCode}/{job.ProgressCode}).");
            }

            job.ProgressCode = ProgressCodes.Canceled;
        });
        if (!found)
        {
            throw NoSuchJob(jobId);
        }

        using var xml = QueryXmlWriter.ForResult("CancelJob");
        xml.Element("Success", true);
        return Ok(xml, request);
    }

    private ServiceResponse GetStatus(IeRequest request)
    {
        var jobId = request.Required("JobId");

        // Copy what is written under the lock; canceled and expired jobs still report their status.
        var job = state.Jobs.With(jobId, request.Caller.AccountId, j => j.ToSnapshot()) ?? throw NoSuchJob(jobId);

        using var xml = QueryXmlWriter.ForResult("GetStatus", 2048 + job.Manifest.Length);
        xml.Element("JobId", job.JobId)
            .Element("JobType", job.JobType)
            .Element("LocationCode", job.LocationCode)
            .Element("LocationMessage", job.LocationMessage)
            .Element("ProgressCode", job.ProgressCode)
            .Element("ProgressMessage", job.ProgressMessage)
            .Element("Carrier", job.Carrier)
            .Element("TrackingNumber", job.LocationCode == LocationCodes.Returned ? job.TrackingNumber : null)
            .Element("LogBucket", job.LogBucket)
            .Element("LogKey", job.LogKey)
            .Element("ErrorCount", job.ProgressCode is ProgressCodes.Complete or ProgressCodes.SuccessWithErrors ? job.ErrorCount ?? 0 : null)
            .Element("Signature", job.Signature)
            .Element("SignatureFileContents", job.SignatureFileContents)
            .Element("CurrentManifest", job.Manifest)
            .Element("CreationDate", ImportExportJob.FormatDate(job.CreationDate));
        WriteArtifacts(xml, request, job.JobId);
        return Ok(xml, request);
    }

    private ServiceResponse ListJobs(IeRequest request)
    {
        var maxJobs = 1000;
        if (request.Optional("MaxJobs") is { } text
            && (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out maxJobs) || maxJobs < 1 || maxJobs > 1000))
        {
            throw new ServiceErrorException(400, "InvalidParameterException", $"MaxJobs must be an integer from 1 to 1000, not '{text}'.");
        }

        var marker = request.Optional("Marker");
        var (jobs, truncated) = state.Jobs.List(request.Caller.AccountId, maxJobs, marker)
            ?? throw new ServiceErrorException(400, "InvalidParameterException", $"Marker '{marker}' is not the id of one of your jobs.");

        using var xml = QueryXmlWriter.ForResult("ListJobs", 256 + (jobs.Count * 160));
        xml.StartElement("Jobs");
        foreach (var job in jobs)
        {
            xml.StartElement("member");
            xml.Element("JobId", job.JobId)
                .Element("CreationDate", ImportExportJob.FormatDate(job.CreationDate))
                .Element("IsCanceled", job.IsCanceled)
                .Element("JobType", job.JobType);
            xml.EndElement();
        }

        xml.EndElement();
        xml.Element("IsTruncated", truncated);
        return Ok(xml, request);
    }

    private ServiceResponse GetShippingLabel(IeRequest request)
    {
        // jobIds.member.N, in N order.
        var jobIds = request.Exchange.Signed.QueryParameters.Concat(request.Exchange.Signed.FormParameters)
            .Where(p => p.Key.StartsWith("jobIds.member.", StringComparison.Ordinal))
            .Select(p => (Index: int.TryParse(p.Key["jobIds.member.".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue, p.Value))
            .OrderBy(p => p.Index)
            .Select(p => p.Value)
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (jobIds.Count == 0)
        {
            throw new ServiceErrorException(400, "MissingParameterException", "The request must contain the parameter jobIds.");
        }

        var manifests = new List<string>();
        foreach (var jobId in jobIds)
        {
            var job = Find(request, jobId);
            manifests.Add(job.Manifest);
        }

        var addressFields = new[] { "name", "company", "street1", "street2", "street3", "city", "stateOrProvince", "postalCode", "country", "phoneNumber" };
        var given = addressFields.Select(f => request.Optional(f)).ToArray();
        string?[] address;
        if (given.Any(v => !string.IsNullOrEmpty(v)))
        {
            address = given;
        }
        else
        {
            // Without an address in the request the label uses the first job's returnAddress.
            var document = ManifestValidator.Validate(manifests[0], ManifestJobType.Import).Document;
            var fromManifest = document?.GetValueOrDefault("returnAddress") as IReadOnlyDictionary<string, object?>;
            address = addressFields.Select(f => fromManifest?.GetValueOrDefault(f) as string).ToArray();
        }

        var lines = new List<string> { "Job ID(s): " + string.Join(", ", jobIds), string.Empty, "From:" };
        lines.AddRange(address.Where(a => !string.IsNullOrWhiteSpace(a))!);
        lines.AddRange([string.Empty, "To:", "AWS Import/Export", "JFK27", "2 Gateway Dr", "Secaucus, NJ 07094", "United States"]);
        var token = state.Labels.Register(lines);

        using var xml = QueryXmlWriter.ForResult("GetShippingLabel");
        xml.Element("ShippingLabelURL", $"{request.Exchange.PublicBaseUrl}/__labels/{token}.pdf");
        return Ok(xml, request);
    }

    /// <summary>Validates the manifest and what it refers to; returns the log bucket and prefix the job will use.</summary>
    private (string LogBucket, string LogPrefix) CheckManifest(IeRequest request, string manifest, string jobType)
    {
        var result = ManifestValidator.Validate(manifest, jobType == "Import" ? ManifestJobType.Import : ManifestJobType.Export);
        if (!result.IsValid)
        {
            var first = result.Problems[0];
            var message = string.Join(" ", result.Problems.Select(p => p.Message));
            throw new ServiceErrorException(400, first.ErrorCode, message);
        }

        if (!string.Equals(result.AccessKeyId?.Trim(), request.Caller.AccessKeyId, StringComparison.Ordinal))
        {
            throw new ServiceErrorException(400, "InvalidAccessKeyIdException",
                $"The accessKeyId in the manifest ({result.AccessKeyId}) does not match the AWS Access Key Id that signed the request ({request.Caller.AccessKeyId}).");
        }

        foreach (var bucket in result.Buckets)
        {
            if (!state.BucketExists(bucket))
            {
                throw new ServiceErrorException(400, "NoSuchBucketException", $"The specified bucket does not exist: {bucket}");
            }
        }

        var document = result.Document!;
        var logBucket = document.GetValueOrDefault("logBucket") as string ?? document.GetValueOrDefault("bucket") as string ?? string.Empty;
        var logPrefix = document.GetValueOrDefault("logPrefix") as string ?? string.Empty;
        return (logBucket.Trim(), logPrefix);
    }

    private JobSnapshot Find(IeRequest request, string jobId)
    {
        var job = state.Jobs.With(jobId, request.Caller.AccountId, j => j.ToSnapshot()) ?? throw NoSuchJob(jobId);
        if (job.ProgressCode == ProgressCodes.Canceled)
        {
            throw new ServiceErrorException(400, "CanceledJobIdException", $"The specified job ID has been canceled and is no longer valid: {jobId}");
        }

        if (job.ProgressCode == ProgressCodes.Expired)
        {
            throw new ServiceErrorException(400, "ExpiredJobIdException", $"The specified job ID has expired: {jobId}");
        }

        return job;
    }

    private static ServiceErrorException? StateError(ImportExportJob job) =>
        job.IsCanceled ? new ServiceErrorException(400, "CanceledJobIdException", $"The specified job ID has been canceled and is no longer valid: {job.JobId}")
        : job.IsExpired ? new ServiceErrorException(400, "ExpiredJobIdException", $"The specified job ID has expired: {job.JobId}")
        : null;

    private static ServiceErrorException NoSuchJob(string jobId) =>
        new(400, "InvalidJobIdException", $"No such job {jobId} for your account");

    private static void WriteArtifacts(QueryXmlWriter xml, IeRequest request, string jobId)
    {
        xml.StartElement("ArtifactList");
        xml.StartElement("member");
        xml.Element("Description", "Label")
            .Element("URL", $"{request.Exchange.PublicBaseUrl}/__labels/{LabelStore.JobToken(jobId)}.pdf");
        xml.EndElement();
        xml.EndElement();
    }

    private static ServiceResponse Ok(QueryXmlWriter xml, IeRequest request) =>
        new(200, TextXml, xml.Finish(request.Exchange.RequestId));

    private static ServiceResponse Error(Exchange exchange, ServiceErrorException error, string type = "Sender") =>
        new(error.StatusCode, TextXml, QueryXmlWriter.Error(error.Code, error.Message, exchange.RequestId, type), error.Code);

    /// <summary>The decoded parameters of one authenticated request.</summary>
    private sealed class IeRequest(Exchange exchange, EmulatorCredential caller)
    {
        public Exchange Exchange { get; } = exchange;

        public EmulatorCredential Caller { get; } = caller;

        public string? Optional(string name) =>
            ParameterPairs.Get(Exchange.Signed.FormParameters, name) ?? ParameterPairs.Get(Exchange.Signed.QueryParameters, name);

        public string Required(string name)
        {
            var value = Optional(name);
            return string.IsNullOrEmpty(value)
                ? throw new ServiceErrorException(400, "MissingParameterException", $"The request must contain the parameter {name}.")
                : value;
        }

        public string RequiredJobType()
        {
            var value = Required("JobType");
            return value is "Import" or "Export"
                ? value
                : throw new ServiceErrorException(400, "InvalidParameterException", $"JobType must be Import or Export, not '{value}'.");
        }

        public bool RequiredBoolean(string name)
        {
            var value = Required(name);
            return bool.TryParse(value, out var result)
                ? result
                : throw new ServiceErrorException(400, "InvalidParameterException", $"{name} must be true or false, not '{value}'.");
        }
    }
}
