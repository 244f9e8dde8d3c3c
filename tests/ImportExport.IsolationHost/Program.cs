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

    // An assume-role profile: AWSSDK.Core loads AWSSDK.SecurityToken by name, which must resolve in the module's own
    // load context, beside its Core (the other SDK's context has none).
    var folder = Directory.CreateTempSubdirectory("ie-isolation-").FullName;
    File.WriteAllText(Path.Combine(folder, "credentials"), $"[base]\naws_access_key_id = {AccessKey}\naws_secret_access_key = {SecretKey}\n");
    File.WriteAllText(Path.Combine(folder, "config"), "[profile role]\nrole_arn = arn:aws:iam::444455556666:role/Isolation\nsource_profile = base\n");
    Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(folder, "credentials"));
    Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", Path.Combine(folder, "config"));
    Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_STS", endpoint);
    using (var assume = PowerShell.Create(runspace))
    {
        assume.AddScript("Import-Module $args[0]; @(Get-IEJob -ProfileName role -EndpointUrl $args[1] -First 1).Count").AddArgument(modulePath).AddArgument(endpoint);
        report["assumeRole"] = assume.Invoke().Select(o => o?.ToString() ?? string.Empty).ToList();
        foreach (var error in assume.Streams.Error)
        {
            failures.Add($"assumeRole: [{error.FullyQualifiedErrorId}] {error.Exception?.Message}");
        }
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
report["securityToken"] = AssemblyLoadContext.All
    .SelectMany(context => context.Assemblies.Where(a => a.GetName().Name == "AWSSDK.SecurityToken").Select(a => $"{a.GetName().Version} in {context.Name}"))
    .ToList();
report["contracts"] = AssemblyLoadContext.All
    .SelectMany(context => context.Assemblies.Where(a => a.GetName().Name == "ImportExport.Contracts").Select(a => context.Name))
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
