namespace ImportExport.Tests.Infrastructure;

/// <summary>A module session against the shared emulator (<see cref="EmulatorFixture"/>).</summary>
public abstract class ModuleTestBase(EmulatorFixture emulator) : ModuleSessionTestBase<EmulatorFixture>(emulator);
