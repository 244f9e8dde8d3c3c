using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Issue 24, item 1: proxies as the README documents them, in a PowerShell started with the proxy variables set (a
/// child process, because .NET reads them once per process): a loopback endpoint (the emulator) never goes through
/// HTTP_PROXY, whose listener would see the signed request in cleartext; a variable set later in the session applies to
/// the next command; -Verbose names the proxy in use. The same holds for the calls a web-identity or SSO profile makes
/// to STS and the SSO portal.
/// </summary>
public sealed class ProxyTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Script = """
        param($ModulePath, $Endpoint, $ProxyUrl)
        Import-Module $ModulePath
        $keys = @{ AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; MaxRetry = 0 }
        function Out-Line($What, $Text) { [pscustomobject]@{ What = $What; Text = "$Text" } }

        # 1. HTTP_PROXY was set when the session started; the emulator is on loopback.
        $jobs = @(Get-IEJob -EndpointUrl $Endpoint @keys -Verbose 4>&1 | ForEach-Object {
            if ($_ -is [System.Management.Automation.VerboseRecord]) { Out-Line Verbose1 $_.Message } else { $_ } })
        $jobs | Where-Object { $_ -is [pscustomobject] -and $_.What }
        Out-Line Listed1 ($jobs | Where-Object { $_ -isnot [pscustomobject] -or -not $_.What }).Count

        # 2. HTTPS_PROXY set now, in the session: the next command to an https endpoint uses it.
        $env:HTTPS_PROXY = $ProxyUrl
        try { Get-IEJob -EndpointUrl 'https://importexport.proxy-test.invalid' @keys -Verbose 4>&1 -ErrorAction Stop | ForEach-Object { Out-Line Verbose2 $_.Message } }
        catch { Out-Line Error2 $_.FullyQualifiedErrorId }
        """;

    [Fact]
    public async Task A_loopback_endpoint_never_goes_through_HTTP_PROXY_and_a_proxy_set_in_the_session_is_used_by_the_next_command()
    {
        emulator.State.SeedJobs(2);
        using var listener = new RecordingProxy();

        var lines = await RunChild(Script, listener.Url, emulator.Endpoint.ToString(), ("HTTP_PROXY", listener.Url));

        string Line(string what) => Assert.Single(lines, l => l.What == what).Text;
        Assert.DoesNotContain(listener.RequestLines, l => l.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.True(int.Parse(Line("Listed1"), System.Globalization.CultureInfo.InvariantCulture) >= 2, string.Join("\n", lines));
        Assert.Contains(lines, l => l.What == "Verbose1" && l.Text.Contains("no proxy (loopback endpoint)", StringComparison.Ordinal));

        Assert.Contains(listener.RequestLines, l => l.StartsWith("CONNECT importexport.proxy-test.invalid:443", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.What == "Verbose2" && l.Text.Contains($"proxy {listener.Url.TrimEnd('/')} (HTTPS_PROXY)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.What == "Error2");
    }

    private const string CredentialScript = """
        param($ModulePath, $Endpoint, $ProxyUrl)
        Import-Module $ModulePath
        function Out-Line($What, $Text) { [pscustomobject]@{ What = $What; Text = "$Text" } }
        function Try-Profile($Name, $Tag) {
            try { Out-Line $Tag @(Get-IEJob -ProfileName $Name -EndpointUrl $Endpoint -MaxRetry 0 -ErrorAction Stop).Count }
            catch { Out-Line "$Tag-Error" $_.FullyQualifiedErrorId }
        }

        # 1. HTTP_PROXY was set when the session started; STS and the SSO portal (the emulator) are on loopback.
        Try-Profile web Web1
        Try-Profile sso Sso1

        # 2. HTTPS_PROXY set now, with STS and the SSO portal at https endpoints: the next command's calls go through it.
        $env:HTTPS_PROXY = $ProxyUrl
        $env:AWS_ENDPOINT_URL_STS = 'https://sts.proxy-test.invalid'
        $env:AWS_ENDPOINT_URL_SSO = 'https://portal.proxy-test.invalid'
        Try-Profile web Web2
        Try-Profile sso Sso2
        """;

    [Fact]
    public async Task Web_identity_and_SSO_calls_take_the_proxy_of_the_command_and_never_one_for_loopback()
    {
        using var listener = new RecordingProxy();
        var folder = Path.Combine(Path.GetTempPath(), $"ie-proxy-creds-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var token = Path.Combine(folder, "token.jwt");
            await File.WriteAllTextAsync(token, "eyJhbGciOiJSUzI1NiJ9.emulator.token");
            const string startUrl = "https://emulator.awsapps.com/start";
            var config = Path.Combine(folder, "config");
            await File.WriteAllTextAsync(config,
                $"[profile web]\nrole_arn = arn:aws:iam::444455556666:role/Web\nweb_identity_token_file = {token}\nrole_session_name = ie-web\nregion = us-east-1\n" +
                $"[profile sso]\nsso_start_url = {startUrl}\nsso_region = eu-west-1\nsso_account_id = 444455556666\nsso_role_name = Admin\nregion = us-east-1\n");
            var credentials = Path.Combine(folder, "credentials");
            await File.WriteAllTextAsync(credentials, string.Empty);
            var accessToken = "sso-" + Guid.NewGuid().ToString("N");
            emulator.State.AddSsoAccessToken(accessToken);
            var cache = Path.Combine(folder, ".aws", "sso", "cache");
            Directory.CreateDirectory(cache);
            var name = Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(startUrl))).ToLowerInvariant() + ".json";
            await File.WriteAllTextAsync(Path.Combine(cache, name),
                $$"""{"accessToken": "{{accessToken}}", "expiresAt": "{{DateTime.UtcNow.AddHours(8):yyyy-MM-ddTHH:mm:ssZ}}", "region": "eu-west-1", "startUrl": "{{startUrl}}"}""");
            emulator.State.ClearRequests();

            var lines = await RunChild(CredentialScript, listener.Url, emulator.Endpoint.ToString(),
                ("HTTP_PROXY", listener.Url), ("HOME", folder), ("AWS_CONFIG_FILE", config), ("AWS_SHARED_CREDENTIALS_FILE", credentials),
                ("AWS_ENDPOINT_URL_STS", emulator.Endpoint.ToString()), ("AWS_ENDPOINT_URL_SSO", emulator.Endpoint.ToString()),
                ("AWS_EC2_METADATA_DISABLED", "true"));

            var shown = string.Join("\n", lines.Select(l => l.What + ": " + l.Text)) + "\nproxy saw:\n" + string.Join("\n", listener.RequestLines);
            Assert.DoesNotContain(listener.RequestLines, l => l.Contains("127.0.0.1", StringComparison.Ordinal));
            // The role's account has no jobs: the listings are empty, and they succeed.
            Assert.True(lines.Exists(l => l.What == "Web1") && !lines.Exists(l => l.What == "Web1-Error"), shown);
            Assert.True(lines.Exists(l => l.What == "Sso1") && !lines.Exists(l => l.What == "Sso1-Error"), shown);
            Assert.Single(emulator.State.Requests, r => r.Operation == "AssumeRoleWithWebIdentity");
            Assert.Single(emulator.State.Requests, r => r.Operation == "GetRoleCredentials");

            Assert.True(listener.RequestLines.Any(l => l.StartsWith("CONNECT sts.proxy-test.invalid:443", StringComparison.Ordinal)), shown);
            Assert.True(listener.RequestLines.Any(l => l.StartsWith("CONNECT portal.proxy-test.invalid:443", StringComparison.Ordinal)), shown);
            Assert.True(lines.Exists(l => l.What == "Web2-Error"), shown);
            Assert.True(lines.Exists(l => l.What == "Sso2-Error"), shown);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ScriptHostAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = RepoPaths.Combine("tests", "ImportExport.ScriptHost", "bin", configuration, "net10.0", "ImportExport.ScriptHost.dll");
            Assert.True(File.Exists(path), $"The script host was not built: {path}");
            return path;
        }
    }

    private static async Task<List<(string What, string Text)>> RunChild(string script, string proxyUrl, string endpoint, params (string Name, string Value)[] environment)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ie-proxy-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(file, script);
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(ScriptHostAssembly);
            start.ArgumentList.Add(file);
            start.ArgumentList.Add($"ModulePath={PowerShellHost.StagedModuleManifest}");
            start.ArgumentList.Add($"Endpoint={endpoint}");
            start.ArgumentList.Add($"ProxyUrl={proxyUrl}");
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal) || k.EndsWith("_PROXY", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The script host did not finish within 3 minutes.\n{await stderr}");
            }

            var output = await stdout;
            var report = JsonDocument.Parse(output).RootElement;
            return report.GetProperty("output").EnumerateArray()
                .Where(o => o.TryGetProperty("What", out _))
                .Select(o => (o.GetProperty("What").GetString()!, o.GetProperty("Text").GetString() ?? string.Empty))
                .ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
