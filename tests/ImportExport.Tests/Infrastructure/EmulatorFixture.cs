using ImportExport.Emulator;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// An emulator on a free loopback port for one test class (xunit <c>IClassFixture</c>). MGN imports do not move on
/// their own here (<see cref="EmulatorOptions.ImportStepInterval"/> is zero), so tests decide every state change.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime, IEmulatorEndpoint
{
    /// <summary>The AWS documentation's example key pair, which the emulator accepts by default.</summary>
    public const string AccessKey = "AKIAIOSFODNN7EXAMPLE";

    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /// <summary>The account that owns what <see cref="AccessKey"/> creates.</summary>
    public const string AccountId = "111122223333";

    private EmulatorServer? server;

    public EmulatorServer Server => server ?? throw new InvalidOperationException("The emulator has not started yet.");

    /// <summary><c>http://127.0.0.1:PORT/</c>: the endpoint for both services.</summary>
    public Uri Endpoint => Server.BaseUri;

    public EmulatorState State => Server.State;

    /// <summary>Options used to start the emulator; a derived fixture or test can adjust them before start.</summary>
    public EmulatorOptions Options { get; } = new() { ImportStepInterval = TimeSpan.Zero };

    public async Task InitializeAsync()
    {
        server = await EmulatorServer.StartAsync(Options);
        ImportExport.Tests.Inventory.InventoryCatalogue.Seed(server.State);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
