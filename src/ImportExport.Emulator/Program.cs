using ImportExport.Emulator;

// dotnet run --project src/ImportExport.Emulator -- --port 0
// Prints the base URL as the first line of stdout (scripts read it), then stays quiet until Ctrl+C or SIGTERM.
EmulatorOptions? options;
try
{
    options = EmulatorCommandLine.Parse(args);
}
catch (Exception ex) when (ex is FormatException or ArgumentException)
{
    Console.Error.WriteLine("error: " + ex.Message);
    Console.Error.WriteLine(EmulatorCommandLine.Usage);
    return 2;
}

if (options is null)
{
    Console.WriteLine(EmulatorCommandLine.Usage);
    return 0;
}

EmulatorServer server;
try
{
    server = await EmulatorServer.StartAsync(options);
}
catch (IOException ex)
{
    // Typically the port is taken; say so in one line instead of a stack trace.
    Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port}: {ex.Message}");
    return 1;
}

await using var running = server;
Console.Out.WriteLine(server.BaseUri.ToString().TrimEnd('/'));
Console.Out.Flush();
await server.WaitForShutdownAsync();
return 0;
