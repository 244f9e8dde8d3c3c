namespace ImportExport.Bench.Pwsh;

/// <summary>pwsh's own entry point: everything after it (arguments, profile, -Command) is the engine's.</summary>
internal static class Program
{
    private static int Main(string[] args) => Microsoft.PowerShell.UnmanagedPSEntry.Start(args, args.Length);
}
