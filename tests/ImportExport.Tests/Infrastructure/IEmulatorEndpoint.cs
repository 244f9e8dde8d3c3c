using ImportExport.Emulator;

namespace ImportExport.Tests.Infrastructure;

/// <summary>What a module session needs of an emulator fixture: where it listens and its state.</summary>
public interface IEmulatorEndpoint
{
    Uri Endpoint { get; }

    EmulatorState State { get; }
}
