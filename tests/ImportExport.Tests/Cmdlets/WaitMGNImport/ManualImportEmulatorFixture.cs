using ImportExport.Emulator;

namespace ImportExport.Tests.Cmdlets.WaitMGNImport;

/// <summary>An emulator whose MGN imports move only when a test advances them, with the inventory catalogue's files.</summary>
public sealed class ManualImportEmulatorFixture : IAsyncLifetime
{
    private EmulatorServer? _server;

    public EmulatorServer Server => _server ?? throw new InvalidOperationException("The emulator has not started yet.");

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { ImportStepInterval = TimeSpan.Zero });
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
