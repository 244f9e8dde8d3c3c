using System.Diagnostics;
using System.Net;
using ImportExport.Emulator;

namespace ImportExport.Tests.Emulator;

/// <summary>The emulator as a program: scripts read its URL from the first line of stdout and stop it with a signal.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task The_program_prints_its_base_url_first_serves_on_it_and_stops_on_request()
    {
        var dll = typeof(EmulatorServer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--port", "0", "--bucket", "cli-bucket", "--import-step-seconds", "0", "--fault", "Throttle,service=mgn,count=1" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Matches(@"^http://127\.0\.0\.1:\d+$", firstLine);
            using var client = new TestClient(new Uri(firstLine + "/"));
            Assert.Equal(HttpStatusCode.OK, (await client.ImportExportAsync("ListJobs")).StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.MgnAsync("ListImports")).StatusCode);
            Assert.Contains("cli-bucket", await (await client.SendAsync(HttpMethod.Get, "/__admin/buckets")).Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void Options_parse_from_the_command_line()
    {
        var options = EmulatorCommandLine.Parse(["--port", "8123", "--credential", "AKIA1:s1", "--credential", "AKIA2:s2:tok:123456789012", "--no-default-buckets", "--bucket", "only-bucket", "--import-step-seconds", "0.5", "--uninitialized-account", "123456789012"])!;

        Assert.Equal(8123, options.Port);
        Assert.Equal(["AKIA1", "AKIA2"], options.Credentials.Select(c => c.AccessKeyId));
        Assert.Equal("123456789012", options.Credentials[1].AccountId);
        Assert.Equal(["only-bucket"], options.Buckets);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.ImportStepInterval);
        Assert.Contains("123456789012", options.UninitializedAccounts);
        Assert.Throws<FormatException>(() => EmulatorCommandLine.Parse(["--bucket", "Bad_Bucket"]));
        Assert.Throws<FormatException>(() => EmulatorCommandLine.Parse(["--port"]));
        Assert.Null(EmulatorCommandLine.Parse(["--help"]));
    }
}
