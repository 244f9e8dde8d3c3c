using System.Diagnostics;
using System.Text.Json;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Dates in a time zone that is not UTC, where users see them: a real pwsh 7.6.9 (the repository's dotnet tool) started
/// with TZ=Asia/Tokyo against the emulator. Every date property is a local time of the exact instant, so Where-Object
/// against Get-Date works and tables show local time; the ...Utc companions and ConvertTo-Json are unambiguous.
/// </summary>
public sealed class DatesOutsideUtcTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Script = """
        param($module, $endpoint, $manifest)
        $ErrorActionPreference = 'Stop'
        $PSStyle.OutputRendering = 'PlainText'
        Import-Module $module
        $aws = @{ EndpointUrl = $endpoint; AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; Region = 'eu-west-1' }
        $job = New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false
        $recent = @(Get-IEJob @aws | Where-Object CreationDate -gt (Get-Date).AddMinutes(-10) | Where-Object JobId -eq $job.JobId)
        $status = Get-IEJobStatus -JobId $job.JobId @aws
        $import = Start-MGNImport -S3Bucket my-import-bucket -S3Key tz/servers.csv @aws -Confirm:$false
        [pscustomobject]@{
            Offset = [TimeZoneInfo]::Local.GetUtcOffset([DateTime]::UtcNow).TotalHours
            Recent = $recent.Count
            ImportRecent = @($import | Where-Object CreationDateTime -gt (Get-Date).AddMinutes(-10)).Count
            Kind = "$($status.CreationDate.Kind)"
            UtcKind = "$($status.CreationDateUtc.Kind)"
            SameInstant = $status.CreationDate.ToUniversalTime() -eq $status.CreationDateUtc
            Local = $recent[0].CreationDate.ToString()
            Utc = $recent[0].CreationDateUtc.ToString()
            Table = ($recent | Out-String)
            Json = ($status | Select-Object CreationDate | ConvertTo-Json -Compress)
            Csv = (($recent | ConvertTo-Csv) -join "`n")
        } | ConvertTo-Json -Compress
        """;

    [Fact]
    public void In_Tokyo_dates_compare_with_Get_Date_show_local_time_and_export_unambiguously()
    {
        var report = RunPwsh("Asia/Tokyo");

        Assert.Equal(9.0, report.GetProperty("Offset").GetDouble());
        Assert.Equal(1, report.GetProperty("Recent").GetInt32());
        Assert.Equal(1, report.GetProperty("ImportRecent").GetInt32());
        Assert.Equal("Local", report.GetProperty("Kind").GetString());
        Assert.Equal("Utc", report.GetProperty("UtcKind").GetString());
        Assert.True(report.GetProperty("SameInstant").GetBoolean());
        var table = report.GetProperty("Table").GetString()!;
        Assert.Contains(report.GetProperty("Local").GetString()!, table);
        Assert.DoesNotContain(report.GetProperty("Utc").GetString()!, table);
        Assert.Contains("+09:00", report.GetProperty("Json").GetString());
        Assert.Contains("CreationDateUtc", report.GetProperty("Csv").GetString());
    }

    private JsonElement RunPwsh(string zone)
    {
        var scriptPath = Path.Combine(Path.GetTempPath(), $"ie-tz-{Guid.NewGuid():N}.ps1");
        File.WriteAllText(scriptPath, Script);
        try
        {
            var (code, output, error) = Run(zone, scriptPath);
            if (code != 0 && error.Contains("dotnet tool restore", StringComparison.Ordinal))
            {
                // A fresh clone: the pinned pwsh is a repository-local tool.
                using var restore = Process.Start(new ProcessStartInfo("dotnet", "tool restore") { WorkingDirectory = RepoPaths.Root, UseShellExecute = false })!;
                restore.WaitForExit();
                (code, output, error) = Run(zone, scriptPath);
            }

            Assert.True(code == 0, $"pwsh exited {code}: {error}{Environment.NewLine}{output}");
            var json = output.Split('\n').Last(l => l.TrimStart().StartsWith('{'));
            return JsonDocument.Parse(json).RootElement.Clone();
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    private (int Code, string Output, string Error) Run(string zone, string scriptPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-File", scriptPath, PowerShellHost.StagedModuleManifest, emulator.Endpoint.ToString(), Manifests.Import() })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["TZ"] = zone;
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "pwsh did not finish in two minutes.");
        return (process.ExitCode, output.Result, error.Result);
    }
}
