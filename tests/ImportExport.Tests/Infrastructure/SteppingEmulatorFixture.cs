using ImportExport.Emulator;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// An emulator whose MGN imports move on by themselves every <see cref="StepInterval"/> (PENDING → STARTED 25% →
/// STARTED 75% → SUCCEEDED/FAILED), so waiting is tested the way it happens, in well under a second.
/// </summary>
public sealed class SteppingEmulatorFixture : IAsyncLifetime, IEmulatorEndpoint
{
    public static readonly TimeSpan StepInterval = TimeSpan.FromMilliseconds(40);

    private EmulatorServer? _server;

    public EmulatorServer Server => _server ?? throw new InvalidOperationException("The emulator has not started yet.");

    public Uri Endpoint => Server.BaseUri;

    public EmulatorState State => Server.State;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { ImportStepInterval = StepInterval });
        ImportExport.Tests.Inventory.InventoryCatalogue.Seed(_server.State);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
