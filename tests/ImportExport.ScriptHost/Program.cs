using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text.Json;

// Usage: ImportExport.ScriptHost <script.ps1> [Name=Value ...]
// Runs the script with the named parameters in a default session and prints one JSON document: the process's time
// zone, each output object as its properties' text, and every error. Exits 0 when the script wrote no error.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ImportExport.ScriptHost <script.ps1> [Name=Value ...]");
    return 2;
}

Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
var report = new Dictionary<string, object?>
{
    ["timeZone"] = TimeZoneInfo.Local.Id,
    ["utcOffsetMinutes"] = TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow).TotalMinutes,
};
var errors = new List<string>();
var output = new List<Dictionary<string, string?>>();
try
{
    using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
    runspace.Open();
    using var shell = PowerShell.Create(runspace);
    shell.AddCommand(Path.GetFullPath(args[0]));
    foreach (var pair in args.Skip(1))
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        shell.AddParameter(pair[..at], pair[(at + 1)..]);
    }

    foreach (var item in shell.Invoke())
    {
        output.Add(item?.Properties.ToDictionary(p => p.Name, p => p.Value?.ToString()) ?? []);
    }

    errors.AddRange(shell.Streams.Error.Select(e => $"[{e.FullyQualifiedErrorId}] {e.Exception?.Message}"));
}
catch (Exception ex)
{
    errors.Add($"host: {ex}");
}

report["output"] = output;
report["errors"] = errors;
Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
return errors.Count == 0 ? 0 : 1;
