using System.Management.Automation;
using System.Security;
using System.Text;
using ImportExport.Emulator;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// The secret key, the session token, request signatures and Authorization headers never reach the Verbose, Debug,
/// Warning, Error or Information streams, the host, or exception messages: every stream of every run is scanned, under
/// -Verbose -Debug, on success and on failure paths (including a server that echoes the request back).
/// </summary>
public sealed class SecretsTests : ReliabilityTestBase, IClassFixture<SecretsTests.SecretsEmulator>
{
    public const string SessionAccessKey = "ASIAQSECRETSTEST0001";
    public const string SessionSecret = "q8Vn2/SECRETKEYzzRt7+Lp0wHhYb1Kc3Xe9Df4GaUoJ";
    public const string SessionToken = "FwoGZXIvYXdzEXAMPLETOKENvalueThatMustNeverBePrinted0123456789abcdefSESSIONTOKEN==";
    public const string ExpiredToken = "FwoGZXIvYXdzEXPIREDtokenValueThatMustNeverBePrintedEither9876543210EXPIREDTOKEN==";

    private readonly SecretsEmulator secrets;

    public SecretsTests(SecretsEmulator emulator)
        : base(emulator)
    {
        secrets = emulator;
        PS.SetVariable("sessionAccessKey", SessionAccessKey);
        PS.SetVariable("sessionSecret", SessionSecret);
        PS.SetVariable("sessionToken", SessionToken);
        PS.SetVariable("expiredToken", ExpiredToken);
        PS.Run("""
            $session = @{ EndpointUrl = $endpoint; AccessKey = $sessionAccessKey; SecretKey = $sessionSecret; SessionToken = $sessionToken; Region = 'eu-west-1' }
            $sessionManifest = $manifest.Replace('AKIAIOSFODNN7EXAMPLE', $sessionAccessKey)
            """);
    }

    public sealed class SecretsEmulator : ReliabilityEmulator
    {
        public SecretsEmulator()
        {
            Options.Credentials.Add(new EmulatorCredential(SessionAccessKey, SessionSecret, SessionToken, "444455556666"));
            Options.Credentials.Add(new EmulatorCredential("ASIAQSECRETSEXPIRED1", SessionSecret, ExpiredToken, "444455556666"));
            Options.ExpiredSessionTokens.Add(ExpiredToken);
        }
    }

    public static TheoryData<string, string> Runs => new()
    {
        // Success paths.
        { "create, read, list, update, cancel", """
            $job = New-IEJob -JobType Import -Manifest $sessionManifest @session -Confirm:$false
            $job | Get-IEJobStatus @session | Out-Null
            Get-IEJob @session -First 3 | Out-Null
            Update-IEJob -JobId $job.JobId -JobType Import -Manifest $sessionManifest @session -Confirm:$false | Out-Null
            Get-IEShippingLabel -JobId $job.JobId @session | Out-Null
            Stop-IEJob -JobId $job.JobId @session -Force -PassThru | Out-Null
            """ },
        { "MGN import", "Start-MGNImport -S3Bucket my-import-bucket -S3Key secrets/a.csv @session -Confirm:$false | Out-Null" },
        { "secret key as SecureString", """
            $secure = [System.Net.NetworkCredential]::new('', $sessionSecret).SecurePassword
            Get-IEJob -EndpointUrl $endpoint -AccessKey $sessionAccessKey -SecretKey $secure -SessionToken $sessionToken -First 1 | Out-Null
            """ },
        { "secret key from a PSCredential", """
            $credential = [pscredential]::new('ignored', [System.Net.NetworkCredential]::new('', $sessionSecret).SecurePassword)
            Get-IEJob -EndpointUrl $endpoint -AccessKey $sessionAccessKey -SecretKey $credential -SessionToken $sessionToken -First 1 | Out-Null
            """ },
        { "-Credential PSCredential", """
            $credential = [pscredential]::new($accessKey, [System.Net.NetworkCredential]::new('', $secretKey).SecurePassword)
            Get-IEJob -EndpointUrl $endpoint -Credential $credential -First 1 | Out-Null
            """ },

        // Failure paths.
        { "wrong secret key (SignatureDoesNotMatch echoes the canonical request)", "Get-IEJob -EndpointUrl $endpoint -AccessKey $sessionAccessKey -SecretKey 'wrong/SECRETwrongSECRETwrongSECRETwrong00' -SessionToken $sessionToken" },
        { "wrong secret key, MGN", "Start-MGNImport -S3Bucket my-import-bucket -S3Key s.csv -EndpointUrl $endpoint -AccessKey $sessionAccessKey -SecretKey 'wrong/SECRETwrongSECRETwrongSECRETwrong00' -SessionToken $sessionToken -Region eu-west-1 -Confirm:$false" },
        { "expired session token", "Get-IEJob -EndpointUrl $endpoint -AccessKey ASIAQSECRETSEXPIRED1 -SecretKey $sessionSecret -SessionToken $expiredToken" },
        { "wrong session token", "Get-IEJobStatus -JobId ABCDE -EndpointUrl $endpoint -AccessKey $sessionAccessKey -SecretKey $sessionSecret -SessionToken $expiredToken" },
        { "service errors", "Get-IEJobStatus -JobId NOJOB @session; Stop-IEJob -JobId NOJOB @session -Force; New-IEJob -JobType Import -Manifest $manifest @session -Confirm:$false -SkipManifestValidation" },
        { "retries that run out", "Get-IEJobStatus -JobId ABCDE @session -MaxRetry 2" },
        { "incomplete credentials", "Get-IEJob -EndpointUrl $endpoint -SecretKey $sessionSecret -SessionToken $sessionToken" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void No_stream_and_no_exception_message_carries_a_secret(string name, string script)
    {
        var throttling = name == "retries that run out";
        if (throttling)
        {
            Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "importexport", Operation = "GetStatus", Count = 3 });
        }

        var before = Emulator.State.Requests.Count;
        var result = PS.Run($"& {{ [CmdletBinding()] param() {script} }} -Verbose -Debug");
        var signatures = SignaturesSince(before);

        var expectFailure = !name.StartsWith("create", StringComparison.Ordinal) && !name.StartsWith("MGN", StringComparison.Ordinal)
                            && !name.StartsWith("secret key", StringComparison.Ordinal) && !name.StartsWith("-Credential", StringComparison.Ordinal);
        Assert.True(expectFailure == result.AllErrors.Any(), $"{name}: {result.Describe()}");
        AssertNoSecret(result, [SessionSecret, SessionToken, ExpiredToken, ReliabilityEmulator.SecretKey, .. signatures]);
    }

    [Fact]
    public void A_server_that_echoes_the_request_into_its_error_does_not_leak_it()
    {
        // A hostile or broken proxy that answers with the request it received, headers and all.
        using var proxy = FaultProxy.Start(Emulator.Endpoint);
        proxy.Rule = request =>
        {
            var echo = new StringBuilder("<Response><Errors><Error><Code>EchoedRequest</Code><Message>You sent: ");
            foreach (var header in request.Headers)
            {
                echo.Append(header.Key).Append(": ").Append(header.Value).Append("; ");
            }

            echo.Append("</Message></Error></Errors><RequestId>echo</RequestId></Response>");
            return ProxyAction.Status(400, "Bad Request", "text/xml", echo.ToString().Replace("&", "&amp;"));
        };
        UseEndpoint(proxy.Endpoint);
        PS.Run("$session.EndpointUrl = $endpoint");

        var result = PS.Run("& { [CmdletBinding()] param() Get-IEJobStatus -JobId ABCDE @session; Start-MGNImport -S3Bucket my-import-bucket -S3Key e.csv @session -Confirm:$false } -Verbose -Debug");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Contains("[REDACTED]", e.Exception.Message + " " + e.ErrorDetails?.Message));
        var authorizations = proxy.Received.Select(r => r.Header("Authorization")!).ToList();
        AssertNoSecret(result, [SessionSecret, SessionToken, .. authorizations, .. authorizations.Select(SignatureOf)]);
    }

    [Fact]
    public void A_success_answer_that_echoes_the_token_in_a_body_that_cannot_be_read_does_not_leak_it()
    {
        using var proxy = FaultProxy.Start(upstream: null);
        proxy.Rule = request => ProxyAction.Status(200, "OK", "text/xml", "<Broken>" + request.Header("X-Amz-Security-Token") + " " + request.Header("Authorization"));
        UseEndpoint(proxy.Endpoint);
        PS.Run("$session.EndpointUrl = $endpoint");

        var result = PS.Run("Get-IEJobStatus -JobId ABCDE @session -MaxRetry 0 -Verbose -Debug");

        Assert.StartsWith("InvalidServiceResponse,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        var authorizations = proxy.Received.Select(r => r.Header("Authorization")!).ToList();
        AssertNoSecret(result, [SessionSecret, SessionToken, .. authorizations, .. authorizations.Select(SignatureOf)]);
    }

    private List<string> SignaturesSince(int index) =>
        Emulator.State.Requests.Skip(index)
            .Select(r => r.Headers.TryGetValue("Authorization", out var value) ? value : null)
            .Where(v => v is not null)
            .SelectMany(v => new[] { v!, SignatureOf(v!) })
            .ToList();

    private static string SignatureOf(string authorization) =>
        authorization.Split(',', ' ').Select(p => p.Trim()).First(p => p.StartsWith("Signature=", StringComparison.Ordinal))["Signature=".Length..];

    /// <summary>Everything a user could see or log: every stream, the host, error records in full, exception chains.</summary>
    private static void AssertNoSecret(PSRunResult result, IReadOnlyCollection<string> secrets)
    {
        var seen = new StringBuilder();
        seen.AppendLine(result.HostText);
        foreach (var output in result.Output)
        {
            seen.AppendLine(output.ToString());
        }

        foreach (var record in result.Verbose)
        {
            seen.AppendLine(record.Message);
        }

        foreach (var record in result.Debug)
        {
            seen.AppendLine(record.Message);
        }

        foreach (var record in result.Warnings)
        {
            seen.AppendLine(record.Message);
        }

        foreach (var record in result.Information)
        {
            seen.AppendLine(record.MessageData?.ToString());
        }

        foreach (var record in result.AllErrors)
        {
            seen.AppendLine(record.ToString());
            seen.AppendLine(record.FullyQualifiedErrorId);
            seen.AppendLine(record.CategoryInfo.ToString());
            seen.AppendLine(record.TargetObject?.ToString());
            seen.AppendLine(record.ErrorDetails?.Message);
            seen.AppendLine(record.ErrorDetails?.RecommendedAction);
            for (var e = record.Exception; e is not null; e = e.InnerException)
            {
                seen.AppendLine(e.GetType().FullName).AppendLine(e.Message);
                if (e is ImportExport.Runtime.OperationOutcomeUnknownException unknown)
                {
                    seen.AppendLine(unknown.Cause.ToString());
                }
            }

            seen.AppendLine(record.Exception?.ToString());
        }

        if (result.TerminatingError is not null)
        {
            seen.AppendLine(result.TerminatingError.ToString());
        }

        var text = seen.ToString();
        Assert.True(text.Length > 0);
        foreach (var secret in secrets.Where(s => s.Length >= 8).Distinct())
        {
            var at = text.IndexOf(secret, StringComparison.Ordinal);
            Assert.True(at < 0, $"A secret ({secret[..4]}...) appears in what the user sees: ...{text.Substring(Math.Max(0, at - 80), Math.Min(160, text.Length - Math.Max(0, at - 80)))}...");
        }
    }
}
