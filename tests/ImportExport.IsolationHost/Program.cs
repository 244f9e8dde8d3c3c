using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Runtime.Loader;
using System.Text.Json;

// Usage: ImportExport.IsolationHost <sdk-first|module-first|reimport> <module psd1> <emulator url>
// Prints one JSON document describing what happened; exits 0 when every call succeeded.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ImportExport.IsolationHost <sdk-first|module-first|reimport> <module psd1> <emulator url>");
    return 2;
}

var (order, modulePath, endpoint) = (args[0], args[1], args[2]);
Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
const string AccessKey = "AKIAIOSFODNN7EXAMPLE";
const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
var scenario = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenario.ps1"));
var report = new Dictionary<string, object?> { ["order"] = order };
var failures = new List<string>();

// The other module's SDK: loading a type from it puts AWSSDK.Core 3.7 into the default load context.
object OtherSdkCredentials() => new Amazon.Runtime.BasicAWSCredentials(AccessKey, SecretKey);

if (order == "sdk-first")
{
    report["otherSdkLoadedFirst"] = OtherSdkCredentials().GetType().Assembly.GetName().Version?.ToString();
}

using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
runspace.Open();

List<string> RunScenario(string label, object? credential)
{
    using var shell = PowerShell.Create(runspace);
    shell.AddScript(scenario).AddParameter("ModulePath", modulePath).AddParameter("Endpoint", endpoint).AddParameter("Credential", credential);
    var output = shell.Invoke().Select(o => o?.ToString() ?? string.Empty).ToList();
    foreach (var error in shell.Streams.Error)
    {
        failures.Add($"{label}: [{error.FullyQualifiedErrorId}] {error.Exception?.Message}");
    }

    report[label] = output;
    return output;
}

try
{
    switch (order)
    {
        case "sdk-first":
            // The other SDK's credentials object is passed to -Credential: converted through its public surface.
            RunScenario("calls", OtherSdkCredentials());
            break;
        case "module-first":
            RunScenario("callsBeforeOtherSdk", null);
            report["otherSdkLoadedAfter"] = OtherSdkCredentials().GetType().Assembly.GetName().Version?.ToString();
            // The other SDK still works after ours was loaded ...
            var immutable = ((Amazon.Runtime.AWSCredentials)OtherSdkCredentials()).GetCredentials();
            report["otherSdkStillWorks"] = immutable.AccessKey == AccessKey;
            // ... and ours keeps working beside it.
            RunScenario("callsAfterOtherSdk", OtherSdkCredentials());
            break;
        case "reimport":
            RunScenario("firstImport", null);
            using (var remove = PowerShell.Create(runspace))
            {
                remove.AddScript("Remove-Module ImportExport -Force").Invoke();
            }

            RunScenario("secondImport", null);
            break;
        default:
            Console.Error.WriteLine($"unknown order '{order}'");
            return 2;
    }
}
catch (Exception ex)
{
    failures.Add($"host: {ex}");
}

// Which AWSSDK.Core versions are loaded, and in which load contexts.
report["awsSdkCore"] = AssemblyLoadContext.All
    .SelectMany(context => context.Assemblies.Where(a => a.GetName().Name == "AWSSDK.Core").Select(a => $"{a.GetName().Version} in {context.Name}"))
    .OrderBy(s => s)
    .ToList();
report["engine"] = AssemblyLoadContext.All
    .SelectMany(context => context.Assemblies.Where(a => a.GetName().Name == "ImportExport.Engine").Select(a => context.Name))
    .ToList();
// Where the module's own copies came from (dependencies/, or dependencies/<rid>/ when the package has ReadyToRun copies).
report["moduleAssemblyFiles"] = AssemblyLoadContext.All
    .Where(context => context != AssemblyLoadContext.Default)
    .SelectMany(context => context.Assemblies.Where(a => a.GetName().Name is "AWSSDK.Core" or "ImportExport.Engine" && !a.IsDynamic).Select(a => a.Location))
    .OrderBy(s => s)
    .ToList();
report["failures"] = failures;
Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
return failures.Count == 0 ? 0 : 1;
