using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ImportExport.Emulator;
using ImportExport.Tour;

// The tour always runs against a local emulator it starts itself: it creates and cancels jobs and
// starts an import, which nobody wants in a real account by accident.
var root = FindRepositoryRoot();
var modulePath = Path.Combine(root, "out", "ImportExport", "ImportExport.psd1");
var tourScript = Path.Combine(root, "examples", "Tour.ps1");
if (!File.Exists(modulePath))
{
    Console.Error.WriteLine($"The module is not staged at {modulePath}; run `dotnet build` first.");
    return 1;
}

await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions());
var endpoint = emulator.BaseUri.ToString().TrimEnd('/');
Console.WriteLine($"Local Import/Export + MGN emulator listening on {endpoint}");
Console.WriteLine($"Importing {modulePath}");
Console.WriteLine();

// The emulator's documented example credentials, only inside this process.
Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", null);
Environment.SetEnvironmentVariable("AWS_PROFILE", null);
Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL", endpoint);

var state = InitialSessionState.CreateDefault2();
if (OperatingSystem.IsWindows())
{
    // Execution policy exists only on Windows; the tour runs a script from the repository.
    state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
}

using var runspace = RunspaceFactory.CreateRunspace(new ConsoleHost(), state);
runspace.Open();
using var shell = PowerShell.Create(runspace);
shell.AddScript($"Import-Module '{modulePath.Replace("'", "''")}'; & '{tourScript.Replace("'", "''")}' -EndpointUrl '{endpoint}'");
shell.AddCommand("Out-Default");
shell.Invoke();
if (shell.HadErrors)
{
    foreach (var error in shell.Streams.Error)
    {
        Console.Error.WriteLine(error);
    }

    return 1;
}

return 0;

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ImportExport.psd1")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
