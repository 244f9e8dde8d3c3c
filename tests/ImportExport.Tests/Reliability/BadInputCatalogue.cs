using System.Management.Automation;
using System.Text;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// The bad input catalogue: empty, blank, oversized, Unicode and control-character ids; manifests that are not
/// YAML, YAML bombs, huge files, missing fields; invalid bucket names, keys, owners, tokens and tags; invalid regions
/// and endpoints; missing, incomplete, wrong and expired credentials; service refusals; and hostile answers from a
/// server (truncated, malformed, wrong types, huge, unexpected statuses, broken connections, silence). Every case
/// names the invocation and the error a user must see; <see cref="BadInputCatalogueTests"/> runs them all, each
/// with a time limit.
/// </summary>
public static class BadInputCatalogue
{
    private const string Binding = "ParameterArgumentValidationError";

    public static IReadOnlyList<BadInputCase> All { get; } = Build();

    public static BadInputCase Find(string name) => All.Single(c => c.Name == name);

    private static List<BadInputCase> Build()
    {
        var cases = new List<BadInputCase>();
        JobIds(cases);
        Manifests(cases);
        MgnInput(cases);
        CommonParameters(cases);
        ServiceRefusals(cases);
        HostileAnswers(cases);
        Environment(cases);

        var duplicates = cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException("Duplicate case names: " + string.Join(", ", duplicates));
        }

        return cases;
    }

    // ---- job ids ----

    private static void JobIds(List<BadInputCase> cases)
    {
        // Rejected locally, before any request, naming the parameter.
        var invalid = new (string Label, string Id)[]
        {
            ("blank", "   "),
            ("tab", "\t"),
            ("65 characters", new string('A', 65)),
            ("10,000 characters", new string('A', 10_000)),
            ("NUL", "AB\0CD"),
            ("bell", "AB\aCD"),
            ("newline", "AB\nCD"),
            ("escape sequence", "AB\u001b[31mCD"),
            ("inner space", "AB CD"),
            ("no-break space", "AB\u00A0CD"),
            ("zero-width space", "AB\u200BCD"),
            ("right-to-left override", "AB\u202ECD"),
            ("byte order mark", "\uFEFFABCDE"),
            ("lone surrogate", "AB\uD800CD"),
        };
        foreach (var (label, id) in invalid)
        {
            cases.Add(new($"Get-IEJobStatus -JobId {label}", $"Get-IEJobStatus -JobId {Quote(id)} @aws", Binding, ErrorCategory.InvalidData));
        }

        cases.Add(new("Get-IEJobStatus -JobId empty", "Get-IEJobStatus -JobId '' @aws", Binding, ErrorCategory.InvalidData));
        cases.Add(new("Get-IEJobStatus -JobId null", "Get-IEJobStatus -JobId $null @aws", Binding, ErrorCategory.InvalidData));
        cases.Add(new("Get-IEJobStatus -JobId SQL-looking with spaces", "Get-IEJobStatus -JobId \"x' OR '1'='1\" @aws", Binding, ErrorCategory.InvalidData));

        // Printable but not an id of this account: the service says so.
        foreach (var (label, id) in new[] { ("accented", "ÅBÇDÉ"), ("CJK", "職務番号"), ("emoji", "🙂🙂🙂"), ("64 characters", new string('Z', 64)), ("SQL-looking", "x'OR'1'='1") })
        {
            cases.Add(new($"Get-IEJobStatus -JobId {label}", $"Get-IEJobStatus -JobId {Quote(id)} @aws", "InvalidJobIdException,", ErrorCategory.ObjectNotFound));
        }

        foreach (var (label, id) in new[] { ("blank", "  "), ("NUL", "A\0B"), ("zero-width space", "A\u200BB"), ("65 characters", new string('B', 65)) })
        {
            cases.Add(new($"Stop-IEJob -JobId {label}", $"Stop-IEJob -JobId {Quote(id)} @aws -Force", Binding, ErrorCategory.InvalidData));
            cases.Add(new($"Update-IEJob -JobId {label}", $"Update-IEJob -JobId {Quote(id)} -JobType Import -Manifest $manifest @aws -Confirm:$false", Binding, ErrorCategory.InvalidData));
            cases.Add(new($"Get-IEShippingLabel -JobId {label}", $"Get-IEShippingLabel -JobId {Quote(id)} @aws", Binding, ErrorCategory.InvalidData));
            cases.Add(new($"Get-IEJob -Marker {label}", $"Get-IEJob -Marker {Quote(id)} @aws", Binding, ErrorCategory.InvalidData));
        }

        cases.Add(new("Stop-IEJob -JobId unknown", "Stop-IEJob -JobId NOJOB @aws -Force", "InvalidJobIdException,", ErrorCategory.ObjectNotFound));
        cases.Add(new("Get-IEShippingLabel -JobId unknown", "Get-IEShippingLabel -JobId NOJOB @aws", "InvalidJobIdException,", ErrorCategory.ObjectNotFound));
        cases.Add(new("Get-IEJob -PageSize 0", "Get-IEJob -PageSize 0 @aws", Binding, ErrorCategory.InvalidData));
        cases.Add(new("Get-IEJob -PageSize 1001", "Get-IEJob -PageSize 1001 @aws", Binding, ErrorCategory.InvalidData));
    }

    // ---- manifests ----

    private static void Manifests(List<BadInputCase> cases)
    {
        static BadInputCase Text(string name, string manifest, string errorId, ErrorCategory category = ErrorCategory.InvalidData, string jobType = "Import") =>
            new(name, $"New-IEJob -JobType {jobType} -Manifest {Quote(manifest)} @aws -Confirm:$false", errorId, category) { Manifest = manifest, ManifestJobType = jobType };

        var import = Clients.Manifests.Import();
        cases.Add(Text("manifest: not YAML", Clients.Manifests.NotYaml, "ManifestNotYaml,"));
        cases.Add(Text("manifest: a YAML list", "- a\n- b\n", "ManifestNotYaml,"));
        cases.Add(Text("manifest: a plain string", "just some words", "ManifestNotYaml,"));
        cases.Add(Text("manifest: JSON braces", "{\"manifestVersion\": 2.0", "ManifestNotYaml,"));
        cases.Add(Text("manifest: tab indentation", import.Replace("  name:", "\tname:"), "ManifestNotYaml,"));
        cases.Add(Text("manifest: YAML bomb (billion laughs)", """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            """, "ManifestNotYaml,"));
        cases.Add(Text("manifest: deeply nested", new string('[', 50_000) + new string(']', 50_000), "ManifestNotYaml,"));
        cases.Add(Text("manifest: duplicate key", import + "\ndeviceId: 2", "ManifestNotYaml,"));
        cases.Add(new("manifest: text over 1 MiB", "New-IEJob -JobType Import -Manifest ($manifest + \"`n# \" + ('x' * 1100000)) @aws -Confirm:$false", "ManifestNotYaml,", ErrorCategory.InvalidData));
        cases.Add(new("manifest: empty -Manifest", "New-IEJob -JobType Import -Manifest '' @aws -Confirm:$false", "EmptyManifest", ErrorCategory.InvalidArgument));

        foreach (var field in new[] { "manifestVersion", "accessKeyId", "deviceId", "eraseDevice", "bucket" })
        {
            var without = string.Join('\n', import.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));
            cases.Add(Text($"manifest: import without {field}", without, "MissingManifestFieldException,"));
        }

        foreach (var field in new[] { "name", "street1", "city", "postalCode", "phoneNumber", "country" })
        {
            var without = string.Join('\n', import.Split('\n').Where(l => !l.TrimStart().StartsWith(field + ":", StringComparison.Ordinal)));
            cases.Add(Text($"manifest: returnAddress without {field}", without, "MissingManifestFieldException,"));
        }

        var export = Clients.Manifests.Export();
        foreach (var field in new[] { "fileSystem", "logBucket", "operations" })
        {
            var lines = export.Split('\n').ToList();
            var at = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            lines.RemoveAt(at);
            if (field == "operations")
            {
                lines.RemoveAll(l => l.TrimStart().StartsWith("- exportBucket", StringComparison.Ordinal));
            }

            cases.Add(Text($"manifest: export without {field}", string.Join('\n', lines), "MissingManifestFieldException,", jobType: "Export"));
        }

        cases.Add(Text("manifest: manifestVersion 9.9", import.Replace("manifestVersion: 2.0", "manifestVersion: 9.9"), "InvalidManifestFieldException,"));
        cases.Add(Text("manifest: eraseDevice maybe", import.Replace("eraseDevice: yes", "eraseDevice: maybe"), "InvalidManifestFieldException,"));
        cases.Add(Text("manifest: bucket with capitals", import.Replace("bucket: my-import-bucket", "bucket: My_Import_Bucket"), "InvalidManifestFieldException,"));
        cases.Add(Text("manifest: bucket of 2 characters", import.Replace("bucket: my-import-bucket", "bucket: ab"), "InvalidManifestFieldException,"));
        cases.Add(Text("manifest: returnAddress is a string", import.Split("returnAddress:")[0] + "returnAddress: somewhere", "InvalidManifestFieldException,"));
        cases.Add(Text("manifest: bucket that does not exist", import.Replace("bucket: my-import-bucket", "bucket: no-such-bucket-here"), "NoSuchBucketException,", ErrorCategory.ObjectNotFound));
        cases.Add(Text("manifest: accessKeyId of another key", import.Replace(EmulatorFixture.AccessKey, "AKIAI44QH8DHBEXAMPLE"), "InvalidAccessKeyIdException,", ErrorCategory.PermissionDenied));
        cases.Add(new("manifest: not YAML, sent unchecked", $"New-IEJob -JobType Import -Manifest {Quote(Clients.Manifests.NotYaml)} @aws -SkipManifestValidation -Confirm:$false", "MalformedManifestException,", ErrorCategory.InvalidData));
        cases.Add(new("manifest: Update-IEJob not YAML", $"Update-IEJob -JobId ABCDE -JobType Import -Manifest {Quote(Clients.Manifests.NotYaml)} @aws -Confirm:$false", "ManifestNotYaml,", ErrorCategory.InvalidData));

        // Files.
        cases.Add(new("manifest file: does not exist", "New-IEJob -JobType Import -ManifestPath ([System.IO.Path]::Combine($work, 'nope.yaml')) @aws -Confirm:$false", "ManifestFileNotFound,", ErrorCategory.ObjectNotFound));
        cases.Add(new("manifest file: is a directory", "New-IEJob -JobType Import -ManifestPath $work @aws -Confirm:$false", "ManifestFileIsFolder,", ErrorCategory.InvalidArgument));
        cases.Add(new("manifest file: 2 MiB", "New-IEJob -JobType Import -ManifestPath ([System.IO.Path]::Combine($work, 'huge.yaml')) @aws -Confirm:$false", "ManifestTooLarge,", ErrorCategory.InvalidData)
        {
            Setup = "[System.IO.File]::WriteAllText(([System.IO.Path]::Combine($work, 'huge.yaml')), $manifest + \"`n#\" + ('x' * 2MB))",
        });
        cases.Add(new("manifest file: binary", "New-IEJob -JobType Import -ManifestPath ([System.IO.Path]::Combine($work, 'binary.yaml')) @aws -Confirm:$false", "ManifestFileUnreadable,", ErrorCategory.ReadError)
        {
            Setup = "[System.IO.File]::WriteAllBytes(([System.IO.Path]::Combine($work, 'binary.yaml')), [byte[]](0x6D, 0x61, 0xC3, 0x28, 0x80, 0x81, 0x00, 0xFF))",
        });
        // What Windows PowerShell 5.1's Out-File writes: UTF-16 with a byte order mark, read as such.
        cases.Add(new("manifest file: UTF-16 with BOM is read", "New-IEJob -JobType Import -ManifestPath ([System.IO.Path]::Combine($work, 'utf16.yaml')) @aws -Confirm:$false", null, ErrorCategory.NotSpecified)
        {
            Setup = "[System.IO.File]::WriteAllText(([System.IO.Path]::Combine($work, 'utf16.yaml')), $manifest, [System.Text.Encoding]::Unicode)",
        });
        cases.Add(new("manifest file: empty", "New-IEJob -JobType Import -ManifestPath ([System.IO.Path]::Combine($work, 'empty.yaml')) @aws -Confirm:$false", "ManifestNotYaml,", ErrorCategory.InvalidData)
        {
            Setup = "[System.IO.File]::WriteAllText(([System.IO.Path]::Combine($work, 'empty.yaml')), '')",
        });
        cases.Add(new("New-IEJob -JobType Sideways", "New-IEJob -JobType Sideways -Manifest $manifest @aws -Confirm:$false", "CannotConvertArgumentNoMessage,", ErrorCategory.InvalidArgument));
    }

    // ---- MGN input ----

    private static void MgnInput(List<BadInputCase> cases)
    {
        static BadInputCase Start(string name, string arguments, string errorId, ErrorCategory category = ErrorCategory.InvalidArgument) =>
            new(name, $"Start-MGNImport {arguments} @aws -Confirm:$false", errorId, category);

        // Only names outside MGN's model pattern ([a-zA-Z0-9.\-_]{1,255}) are refused: a name S3 no longer allows for
        // new buckets (upper case, underscores, 64+ characters, ...) may belong to an older bucket and only warns
        // (StartMGNImportTests pins the warning).
        foreach (var bucket in new[] { new string('b', 256), "bücket", "bucket\u0000x", "my bucket", "bucket/x" })
        {
            cases.Add(Start($"Start-MGNImport -S3Bucket {Printable(bucket)}", $"-S3Bucket {Quote(bucket)} -S3Key a.csv", "InvalidS3BucketName,"));
        }

        cases.Add(Start("Start-MGNImport -S3Bucket empty", "-S3Bucket '' -S3Key a.csv", Binding, ErrorCategory.InvalidData));
        cases.Add(Start("Start-MGNImport -S3Key empty", "-S3Bucket my-import-bucket -S3Key ''", Binding, ErrorCategory.InvalidData));
        cases.Add(Start("Start-MGNImport -S3Key 1025 characters", $"-S3Bucket my-import-bucket -S3Key '{new string('k', 1025)}'", "InvalidS3Key,"));
        cases.Add(Start("Start-MGNImport -S3BucketOwner 5 digits", "-S3Bucket my-import-bucket -S3Key a.csv -S3BucketOwner 12345", "InvalidS3BucketOwner,"));
        cases.Add(Start("Start-MGNImport -S3BucketOwner letters", "-S3Bucket my-import-bucket -S3Key a.csv -S3BucketOwner abcdefghijkl", "InvalidS3BucketOwner,"));
        cases.Add(Start("Start-MGNImport -ClientToken 65 characters", $"-S3Bucket my-import-bucket -S3Key a.csv -ClientToken '{new string('t', 65)}'", "InvalidClientToken,"));
        cases.Add(Start("Start-MGNImport 51 tags", "-S3Bucket my-import-bucket -S3Key a.csv -Tag $tags", "InvalidTag,") with { Setup = "$tags = @{}; foreach ($i in 1..51) { $tags[\"k$i\"] = 'v' }" });
        cases.Add(Start("Start-MGNImport empty tag key", "-S3Bucket my-import-bucket -S3Key a.csv -Tag @{ '' = 'v' }", "InvalidTag,"));
        cases.Add(Start("Start-MGNImport tag key 257 characters", $"-S3Bucket my-import-bucket -S3Key a.csv -Tag @{{ '{new string('k', 257)}' = 'v' }}", "InvalidTag,"));
        cases.Add(Start("Start-MGNImport tag key aws:", "-S3Bucket my-import-bucket -S3Key a.csv -Tag @{ 'aws:owner' = 'me' }", "InvalidTag,"));
        cases.Add(Start("Start-MGNImport tag value 257 characters", $"-S3Bucket my-import-bucket -S3Key a.csv -Tag @{{ k = '{new string('v', 257)}' }}", "InvalidTag,"));
        cases.Add(new("Start-MGNImport same client token, other input", "Start-MGNImport -S3Bucket my-import-bucket -S3Key other.csv -ClientToken catalogue-token @aws -Confirm:$false", "ConflictException,", ErrorCategory.ResourceExists)
        {
            Setup = "Start-MGNImport -S3Bucket my-import-bucket -S3Key first.csv -ClientToken catalogue-token @aws -Confirm:$false",
        });
        cases.Add(new("Start-MGNImport uninitialized account", $"Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $endpoint -AccessKey {BadInputCatalogueTests.UninitializedKey} -SecretKey $secretKey -Region eu-west-1 -Confirm:$false", "UninitializedAccountException,", ErrorCategory.NotEnabled));
    }

    // ---- common parameters: regions, endpoints, credentials ----

    private static void CommonParameters(List<BadInputCase> cases)
    {
        foreach (var region in new[] { "mars-1", "EU-WEST-1", "eu-west", "eu_west_1", "eu-west-1; rm -rf /", "eu-\u0000west-1", "eu-west-\u0661" })
        {
            cases.Add(new($"Start-MGNImport -Region {Printable(region)}", $"Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $endpoint -AccessKey $accessKey -SecretKey $secretKey -Region {Quote(region)} -Confirm:$false", "InvalidRegion,", ErrorCategory.InvalidArgument));
        }

        // Import/Export is global, but a -Region given to it is held to the same rule (issue 13).
        foreach (var region in new[] { "mars", "EU-WEST-1", "eu-west-1; rm -rf /" })
        {
            cases.Add(new($"Get-IEJob -Region {Printable(region)}", $"Get-IEJob -EndpointUrl $endpoint -AccessKey $accessKey -SecretKey $secretKey -Region {Quote(region)}", "InvalidRegion,", ErrorCategory.InvalidArgument));
        }

        cases.Add(new("Start-MGNImport -Region empty", "Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv @aws -Region '' -Confirm:$false", Binding, ErrorCategory.InvalidData));

        foreach (var url in new[] { "http://example.com/", "http://169.254.169.254/", "http://10.0.0.1:5080/", "ftp://127.0.0.1/", "file:///etc/passwd", "not a url", "http://localhost.example.com/" })
        {
            cases.Add(new($"Get-IEJob -EndpointUrl {url}", $"Get-IEJob -EndpointUrl '{url}' -AccessKey $accessKey -SecretKey $secretKey", "InvalidEndpoint,", ErrorCategory.InvalidArgument));
        }

        cases.Add(new("Start-MGNImport -EndpointUrl plain http off loopback", "Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl 'http://mgn.example.com' -AccessKey $accessKey -SecretKey $secretKey -Region eu-west-1 -Confirm:$false", "InvalidEndpoint,", ErrorCategory.InvalidArgument));
        cases.Add(new("Get-IEJob -EndpointUrl empty", "Get-IEJob -EndpointUrl '' -AccessKey $accessKey -SecretKey $secretKey", Binding, ErrorCategory.InvalidData));
        cases.Add(new("-AccessKey without -SecretKey", "Get-IEJob -EndpointUrl $endpoint -AccessKey $accessKey", "IncompleteCredentials,", ErrorCategory.AuthenticationError));
        cases.Add(new("-SecretKey without -AccessKey", "Get-IEJob -EndpointUrl $endpoint -SecretKey $secretKey", "IncompleteCredentials,", ErrorCategory.AuthenticationError));
        cases.Add(new("-ProfileName that does not exist", "Get-IEJob -EndpointUrl $endpoint -ProfileName nobody -ProfileLocation ([System.IO.Path]::Combine($work, 'credentials'))", "ProfileNotFound,", ErrorCategory.AuthenticationError)
        {
            Setup = "[System.IO.File]::WriteAllText(([System.IO.Path]::Combine($work, 'credentials')), \"[somebody]`naws_access_key_id = AKIAIOSFODNN7EXAMPLE`naws_secret_access_key = x`n\")",
        });
        cases.Add(new("-Credential a number", "Get-IEJob -EndpointUrl $endpoint -Credential 42", "InvalidCredentialObject,", ErrorCategory.InvalidArgument));
        cases.Add(new("-Credential a string", "Get-IEJob -EndpointUrl $endpoint -Credential 'AKIAIOSFODNN7EXAMPLE'", "InvalidCredentialObject,", ErrorCategory.InvalidArgument));
        cases.Add(new("wrong secret key", "Get-IEJob -EndpointUrl $endpoint -AccessKey $accessKey -SecretKey 'not/the/right/secret/key/at/all/0000000'", "SignatureDoesNotMatch,", ErrorCategory.PermissionDenied));
        cases.Add(new("wrong secret key, MGN", "Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $endpoint -AccessKey $accessKey -SecretKey 'not/the/right/secret/key/at/all/0000000' -Region eu-west-1 -Confirm:$false", "InvalidSignatureException,", ErrorCategory.PermissionDenied));
        cases.Add(new("unknown access key", "Get-IEJobStatus -JobId ABCDE -EndpointUrl $endpoint -AccessKey AKIAUNKNOWNKEY000000 -SecretKey $secretKey", "InvalidAccessKeyIdException,", ErrorCategory.PermissionDenied));
        cases.Add(new("unknown access key, MGN", "Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $endpoint -AccessKey AKIAUNKNOWNKEY000000 -SecretKey $secretKey -Region eu-west-1 -Confirm:$false", "UnrecognizedClientException,", ErrorCategory.PermissionDenied));
        cases.Add(new("expired session token", $"Get-IEJob -EndpointUrl $endpoint -AccessKey {BadInputCatalogueTests.ExpiredKey} -SecretKey $secretKey -SessionToken {BadInputCatalogueTests.ExpiredToken}", "ExpiredToken,", ErrorCategory.PermissionDenied));
        cases.Add(new("expired session token, MGN", $"Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $endpoint -AccessKey {BadInputCatalogueTests.ExpiredKey} -SecretKey $secretKey -SessionToken {BadInputCatalogueTests.ExpiredToken} -Region eu-west-1 -Confirm:$false", "ExpiredTokenException,", ErrorCategory.PermissionDenied));
        cases.Add(new("session token the key does not have", "Get-IEJob -EndpointUrl $endpoint -AccessKey $accessKey -SecretKey $secretKey -SessionToken 'FwoGZXIvYXdzNOTAREALTOKEN'", "InvalidClientTokenId,", ErrorCategory.PermissionDenied));
        cases.Add(new("-MaxRetry 21", "Get-IEJob @aws -MaxRetry 21", Binding, ErrorCategory.InvalidData));
        cases.Add(new("-MaxRetry -1", "Get-IEJob @aws -MaxRetry -1", Binding, ErrorCategory.InvalidData));
    }

    // ---- what the service refuses ----

    private static void ServiceRefusals(List<BadInputCase> cases)
    {
        const string newJob = "$job = New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false";
        cases.Add(new("Stop-IEJob on a canceled job", "Stop-IEJob -JobId $job.JobId @aws -Force", "CanceledJobIdException,", ErrorCategory.ResourceUnavailable)
        {
            Setup = newJob + "; Stop-IEJob -JobId $job.JobId @aws -Force",
        });
        cases.Add(new("Update-IEJob on a started job", "Update-IEJob -JobId $job.JobId -JobType Import -Manifest $manifest @aws -Confirm:$false", "UnableToUpdateJobIdException,", ErrorCategory.InvalidOperation)
        {
            Setup = newJob + "; $null = $state.AdvanceJob($job.JobId, 'InProgress')",
        });
        cases.Add(new("Stop-IEJob on a started job", "Stop-IEJob -JobId $job.JobId @aws -Force", "UnableToCancelJobIdException,", ErrorCategory.InvalidOperation)
        {
            Setup = newJob + "; $null = $state.AdvanceJob($job.JobId, 'InProgress')",
        });
        cases.Add(new("Update-IEJob with the other job type", "Update-IEJob -JobId $job.JobId -JobType Export -Manifest $exportManifest @aws -Confirm:$false", "InvalidParameterException,", ErrorCategory.InvalidArgument)
        {
            Setup = newJob,
        });
    }

    // ---- hostile answers ----

    private static void HostileAnswers(List<BadInputCase> cases)
    {
        const string status = "Get-IEJobStatus -JobId ABCDE @aws -MaxRetry 1";
        const string start = "Start-MGNImport -S3Bucket my-import-bucket -S3Key h.csv @aws -MaxRetry 1 -Confirm:$false";
        const string create = "New-IEJob -JobType Import -Manifest $manifest @aws -MaxRetry 1 -Confirm:$false";
        const string list = "Get-IEJob @aws -MaxRetry 1";

        void Add(string name, string command, ProxyAction response, string? errorId, ErrorCategory category) =>
            cases.Add(new(name, command, errorId, category) { Target = CaseTarget.FakeServer, Response = response });

        static ProxyAction Ok(string contentType, string body) => ProxyAction.Status(200, "OK", contentType, body);

        const string invalid = "InvalidServiceResponse,";
        var huge = new byte[20 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');

        // Import/Export (query/XML).
        Add("IE 200: truncated XML", status, Ok("text/xml", "<GetStatusResponse><GetStatusResult><JobId>ABC"), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: not XML", status, Ok("text/xml", "this is not xml"), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: HTML page", status, Ok("text/html", "<html><body>Welcome to nginx!</body></html>"), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: empty body", status, Ok("text/xml", string.Empty), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: another operation's answer", status, Ok("text/xml", "<ListJobsResponse><ListJobsResult><IsTruncated>false</IsTruncated></ListJobsResult></ListJobsResponse>"), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: JSON instead of XML", status, Ok("application/json", "{\"JobId\":\"ABCDE\"}"), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: XML entity bomb is not expanded", status, Ok("text/xml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <GetStatusResponse><GetStatusResult><JobId>&lol9;</JobId></GetStatusResult></GetStatusResponse>
            """), null, ErrorCategory.NotSpecified);
        Add("IE 200: 20 MiB body", status, ProxyAction.Raw(200, "OK", "text/xml", huge), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: 1 GiB announced", status, ProxyAction.Raw(200, "OK", "text/xml", Encoding.UTF8.GetBytes("<a/>"), [new("Content-Length", (1L << 30).ToString(System.Globalization.CultureInfo.InvariantCulture))], close: true), invalid, ErrorCategory.InvalidResult);
        Add("IE 200: body shorter than announced", status, ProxyAction.Raw(200, "OK", "text/xml", Encoding.UTF8.GetBytes("<GetStatusResponse>"), [new("Content-Length", "5000")], close: true), "ServiceUnreachable,", ErrorCategory.ConnectionError);
        Add("IE 200: odd dates and numbers are tolerated", status, Ok("text/xml", "<GetStatusResponse><GetStatusResult><JobId>ABCDE</JobId><CreationDate>yesterday</CreationDate><ErrorCount>many</ErrorCount></GetStatusResult></GetStatusResponse>"), null, ErrorCategory.NotSpecified);
        Add("IE 200: XML with a JSON content type is read", status, Ok("application/json", "<GetStatusResponse><GetStatusResult><JobId>ABCDE</JobId></GetStatusResult></GetStatusResponse>"), null, ErrorCategory.NotSpecified);
        Add("IE 500: HTML", status, ProxyAction.Status(500, "Internal Server Error", "text/html", "<html><body>Oops</body></html>"), "InternalFailure,", ErrorCategory.ResourceUnavailable);
        Add("IE 502: text", status, ProxyAction.Status(502, "Bad Gateway", "text/plain", "upstream connect error"), "BadGateway,", ErrorCategory.ResourceUnavailable);
        Add("IE 504: empty", status, ProxyAction.Status(504, "Gateway Timeout", null!, string.Empty), "GatewayTimeout,", ErrorCategory.ResourceUnavailable);
        Add("IE 404: HTML", status, ProxyAction.Status(404, "Not Found", "text/html", "<html><body>Not Found</body></html>"), "NotFound,", ErrorCategory.InvalidArgument);
        Add("IE 403: XML AccessDenied", status, ProxyAction.Status(403, "Forbidden", "text/xml", "<Response><Errors><Error><Code>AccessDenied</Code><Message>No.</Message></Error></Errors></Response>"), "AccessDenied,", ErrorCategory.PermissionDenied);
        Add("IE 418: teapot", status, ProxyAction.Status(418, "I'm a teapot", "text/plain", "short and stout"), "HttpStatus418,", ErrorCategory.NotSpecified);
        Add("IE 400: unknown error code", status, ProxyAction.Status(400, "Bad Request", "text/xml", "<Response><Errors><Error><Code>FrobnicationException</Code><Message>Frobnicated.</Message></Error></Errors></Response>"), "FrobnicationException,", ErrorCategory.NotSpecified);
        Add("IE 200: not HTTP at all", status, ProxyAction.Bytes(Encoding.ASCII.GetBytes("SSH-2.0-OpenSSH_9.0\r\n\r\n")), "ServiceUnreachable,", ErrorCategory.ConnectionError);
        Add("IE: connection reset", status, ProxyAction.ResetBeforeForward, "ServiceUnreachable,", ErrorCategory.ConnectionError);
        Add("IE: no answer", "Get-IEJobStatus -JobId ABCDE @aws -MaxRetry 0", ProxyAction.Hang(TimeSpan.FromSeconds(30)), "ServiceTimeout,", ErrorCategory.OperationTimeout);
        Add("IE: listing that never ends", list, Ok("text/xml", "<ListJobsResponse><ListJobsResult><IsTruncated>true</IsTruncated><Jobs><member><JobId>LOOP1</JobId></member></Jobs></ListJobsResult></ListJobsResponse>"), invalid, ErrorCategory.InvalidResult);
        Add("CreateJob 200: unreadable answer", create, Ok("text/xml", "<CreateJobResponse><CreateJobResult><JobId>AB"), "CreateJobOutcomeUnknown,", ErrorCategory.OperationStopped);
        Add("CreateJob 200: no JobId", create, Ok("text/xml", "<CreateJobResponse><CreateJobResult><JobType>Import</JobType></CreateJobResult></CreateJobResponse>"), "CreateJobOutcomeUnknown,", ErrorCategory.OperationStopped);
        Add("CreateJob 500: HTML", create, ProxyAction.Status(500, "Internal Server Error", "text/html", "<html>Oops</html>"), "CreateJobOutcomeUnknown,", ErrorCategory.OperationStopped);
        Add("CreateJob 503: load balancer", create, ProxyAction.LoadBalancer503, "ServiceUnavailable,", ErrorCategory.ResourceUnavailable);
        Add("CreateJob: connection reset", create, ProxyAction.ResetBeforeForward, "CreateJobOutcomeUnknown,", ErrorCategory.OperationStopped);

        // MGN (rest-json).
        Add("MGN 200: truncated JSON", start, Ok("application/json", "{\"importTask\": {\"importID\": \"import-"), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: JSON array", start, Ok("application/json", "[]"), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: JSON null", start, Ok("application/json", "null"), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: empty body", start, Ok("application/json", string.Empty), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: no importTask", start, Ok("application/json", "{\"something\": 1}"), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: deeply nested JSON", start, Ok("application/json", new string('[', 100_000) + new string(']', 100_000)), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: HTML page", start, Ok("text/html", "<html><body>hello</body></html>"), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: 20 MiB body", start, ProxyAction.Raw(200, "OK", "application/json", huge), invalid, ErrorCategory.InvalidResult);
        Add("MGN 200: wrong types are tolerated", start, Ok("application/json", "{\"importTask\": {\"importID\": \"import-0123456789abcdefg\", \"progressPercentage\": \"lots\", \"creationDateTime\": 5, \"tags\": [1,2]}}"), null, ErrorCategory.NotSpecified);
        Add("MGN 500: text", start, ProxyAction.Status(500, "Internal Server Error", "text/plain", "boom"), "InternalFailure,", ErrorCategory.ResourceUnavailable);
        Add("MGN 429: no body", start, ProxyAction.Status(429, "Too Many Requests", null!, string.Empty), "ThrottlingException,", ErrorCategory.LimitsExceeded);
        Add("MGN 403: AccessDeniedException", start, ProxyAction.Status(403, "Forbidden", "application/json", "{\"__type\":\"AccessDeniedException\",\"message\":\"Not you.\"}"), "AccessDeniedException,", ErrorCategory.PermissionDenied);
        Add("MGN 400: ValidationException with fields", start, ProxyAction.Status(400, "Bad Request", "application/json", "{\"message\":\"bad\",\"reason\":\"fieldValidationFailed\",\"fieldList\":[{\"name\":\"s3Key\",\"message\":\"too odd\"}]}", [new("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazonaws.mgn/")]), "ValidationException,", ErrorCategory.InvalidArgument);
        Add("MGN 404: HTML", start, ProxyAction.Status(404, "Not Found", "text/html", "<html>nope</html>"), "NotFound,", ErrorCategory.InvalidArgument);
        Add("MGN: connection reset", start, ProxyAction.ResetBeforeForward, "ServiceUnreachable,", ErrorCategory.ConnectionError);
    }

    // ---- environment ----

    private static void Environment(List<BadInputCase> cases)
    {
        // Empty shared files (a variable naming a file that does not exist would be read as empty too).
        var emptyFile = Path.Combine(Path.GetTempPath(), "ie-catalogue-empty-shared-file");
        File.WriteAllText(emptyFile, string.Empty);
        var noCredentials = new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = null, ["AWS_SECRET_ACCESS_KEY"] = null, ["AWS_SESSION_TOKEN"] = null, ["AWS_PROFILE"] = null,
            ["AWS_SHARED_CREDENTIALS_FILE"] = emptyFile, ["AWS_CONFIG_FILE"] = emptyFile,
            ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = null, ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = null,
            ["AWS_EC2_METADATA_DISABLED"] = "true", ["AWS_WEB_IDENTITY_TOKEN_FILE"] = null, ["AWS_ROLE_ARN"] = null,
        };
        cases.Add(new("no credentials anywhere", "Get-IEJob -EndpointUrl $endpoint", "NoCredentials,", ErrorCategory.AuthenticationError) { Environment = noCredentials });
        cases.Add(new("no region for MGN", "Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $endpoint -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false", "NoRegion,", ErrorCategory.InvalidArgument)
        {
            Environment = new Dictionary<string, string?>(noCredentials) { ["AWS_REGION"] = null, ["AWS_DEFAULT_REGION"] = null },
        });
        cases.Add(new("AWS_REGION not a region", "Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $endpoint -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false", "InvalidRegion,", ErrorCategory.InvalidArgument)
        {
            Environment = new Dictionary<string, string?> { ["AWS_REGION"] = "the moon" },
        });
        cases.Add(new("AWS_ENDPOINT_URL_IMPORTEXPORT plain http off loopback", "Get-IEJob -AccessKey $accessKey -SecretKey $secretKey", "InvalidEndpoint,", ErrorCategory.InvalidArgument)
        {
            Environment = new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_IMPORTEXPORT"] = "http://importexport.example.com" },
        });
        cases.Add(new("AWS_ENDPOINT_URL not a URL", "Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -AccessKey $accessKey -SecretKey $secretKey -Region eu-west-1 -Confirm:$false", "InvalidEndpoint,", ErrorCategory.InvalidArgument)
        {
            Environment = new Dictionary<string, string?> { ["AWS_ENDPOINT_URL"] = "ftp://127.0.0.1/" },
        });
        cases.Add(new("AWS_MAX_ATTEMPTS not a number", "Get-IEJob @aws", "InvalidRetrySetting,", ErrorCategory.InvalidArgument)
        {
            Environment = new Dictionary<string, string?> { ["AWS_MAX_ATTEMPTS"] = "many" },
        });
        cases.Add(new("AWS_RETRY_MODE unknown", "Get-IEJob @aws", "InvalidRetrySetting,", ErrorCategory.InvalidArgument)
        {
            Environment = new Dictionary<string, string?> { ["AWS_RETRY_MODE"] = "yolo" },
        });
    }

    /// <summary>A PowerShell expression for <paramref name="value"/> that survives any character (each char by code).</summary>
    private static string Quote(string value)
    {
        if (value.All(c => c >= ' ' && c < 0x7F && c != '\''))
        {
            return "'" + value + "'";
        }

        if (value.Length > 200)
        {
            // Long values: the printable part as text, with the odd characters spliced in.
            return "([string]::new([char[]]@(" + string.Join(',', value.Select(c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")))";
        }

        return "([string]::new([char[]]@(" + string.Join(',', value.Select(c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")))";
    }

    private static string Printable(string value) =>
        new(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
