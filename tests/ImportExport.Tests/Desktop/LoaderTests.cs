using System.Management.Automation;
using System.Reflection;
using ImportExport.Loader;

namespace ImportExport.Tests.Desktop;

/// <summary>
/// The loader's Windows PowerShell 5.1 decisions as plain functions: which AssemblyResolve requests it answers, that it
/// never throws, that Remove-Module unregisters it, and the .NET Framework version it needs.
/// </summary>
public sealed class LoaderTests : IDisposable
{
    private readonly string _module = Path.Combine(Path.GetTempPath(), "ie-loader-" + Guid.NewGuid().ToString("N"), "ImportExport");
    private readonly string _dependencies;

    public LoaderTests()
    {
        _dependencies = Path.Combine(_module, "dependencies");
        Directory.CreateDirectory(_dependencies);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_module)!, recursive: true);

    private static readonly Dictionary<string, Version> Staged = new(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["YamlDotNet"] = new(16, 0, 0, 0),
        ["AWSSDK.Core"] = new(4, 0, 0, 0),
    };

    private string? Choose(string name, string? requesting) =>
        DependencyResolvePolicy.Choose(
            name,
            requesting,
            _module,
            _dependencies,
            path => Staged.ContainsKey(Path.GetFileNameWithoutExtension(path)),
            path => Staged.TryGetValue(Path.GetFileNameWithoutExtension(path), out var v) ? v : null);

    [Fact]
    public void Our_assemblies_get_the_staged_file_whatever_version_they_ask_for()
    {
        // The three mismatches of the netstandard2.0 build: System.Memory asks for Unsafe 4.0.4.1 and Buffers 4.0.2.0.
        var fromOurs = Path.Combine(_dependencies, "System.Memory.dll");
        Assert.Equal(Path.Combine(_dependencies, "System.Runtime.CompilerServices.Unsafe.dll"), Choose("System.Runtime.CompilerServices.Unsafe, Version=4.0.4.1, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a", fromOurs));
        Assert.Equal(Path.Combine(_dependencies, "System.Buffers.dll"), Choose("System.Buffers, Version=4.0.2.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", Path.Combine(_module, "ImportExport.dll")));
    }

    [Fact]
    public void A_foreign_assembly_asking_for_a_higher_version_is_declined()
    {
        var foreign = @"C:\Program Files\WindowsPowerShell\Modules\Other\1.0\Other.dll";

        Assert.Null(Choose("YamlDotNet, Version=17.0.0.0, Culture=neutral, PublicKeyToken=ec19458f3c15af5e", foreign));
        Assert.Null(Choose("AWSSDK.Core, Version=4.1.0.0, Culture=neutral, PublicKeyToken=885c28607f98e604", null));
        Assert.Null(Choose("YamlDotNet", foreign));
    }

    [Fact]
    public void A_foreign_request_for_a_version_up_to_the_staged_one_is_answered()
    {
        Assert.NotNull(Choose("YamlDotNet, Version=16.0.0.0, Culture=neutral, PublicKeyToken=ec19458f3c15af5e", @"C:\elsewhere\Other.dll"));
        Assert.NotNull(Choose("System.Buffers, Version=4.0.2.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", null));
    }

    [Theory]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed")]
    [InlineData("YamlDotNet.resources, Version=16.0.0.0, Culture=de, PublicKeyToken=ec19458f3c15af5e")]
    [InlineData("not an assembly name ,,, = =")]
    [InlineData("")]
    [InlineData("..\\..\\evil")]
    public void Names_that_are_not_staged_or_not_names_are_declined_without_throwing(string name) =>
        Assert.Null(Choose(name, Path.Combine(_module, "ImportExport.dll")));

    [Fact]
    public void The_handler_declines_a_foreign_requesting_assembly_and_never_throws()
    {
        // A real staged file (this test assembly's own AWSSDK.Core) and a real foreign requesting assembly (xunit's).
        File.Copy(typeof(Amazon.Runtime.AWSCredentials).Assembly.Location, Path.Combine(_dependencies, "AWSSDK.Core.dll"));
        var foreign = typeof(FactAttribute).Assembly;

        Assert.Null(DependencyIsolation.Resolve(new ResolveEventArgs("AWSSDK.Core, Version=99.0.0.0, Culture=neutral, PublicKeyToken=885c28607f98e604", foreign), _module, _dependencies));
        Assert.Null(DependencyIsolation.Resolve(new ResolveEventArgs("AWSSDK.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=885c28607f98e604", foreign), Path.Combine(_module, "missing"), Path.Combine(_module, "missing", "dependencies")));
        Assert.Null(DependencyIsolation.Resolve(new ResolveEventArgs("\0bad", foreign), _module, _dependencies));
        Assert.Null(DependencyIsolation.Resolve(new ResolveEventArgs(null!, null), _module, _dependencies));
    }

    [Fact]
    public void The_handler_is_registered_on_Desktop_and_unregistered_by_Remove_Module()
    {
        DependencyIsolation.Install(_dependencies, desktop: true);
        try
        {
            Assert.Equal("AssemblyResolve", DependencyIsolation.Mode);
        }
        finally
        {
            new ModuleLoader().OnRemove(null!);
        }

        Assert.Equal("none", DependencyIsolation.Mode);

        // Imported again after the removal: installed again.
        DependencyIsolation.Install(_dependencies, desktop: true);
        Assert.Equal("AssemblyResolve", DependencyIsolation.Mode);
        DependencyIsolation.Uninstall();
        Assert.Equal("none", DependencyIsolation.Mode);
    }

    [Fact]
    public void The_loader_is_a_module_cleanup_and_InstallLoadContext_is_never_inlined()
    {
        Assert.True(typeof(IModuleAssemblyCleanup).IsAssignableFrom(typeof(ModuleLoader)));
        Assert.True(typeof(IModuleAssemblyInitializer).IsAssignableFrom(typeof(ModuleLoader)));
        var install = typeof(DependencyIsolation).GetMethod("InstallLoadContext", BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.True(install.MethodImplementationFlags.HasFlag(MethodImplAttributes.NoInlining));
    }

    [Theory]
    [InlineData(".NET Framework 4.8.4645.0", 528449)]
    [InlineData(".NET Framework 4.7.3062.0", 461808)]
    [InlineData(".NET Framework 4.7.3062.0", 461814)]
    [InlineData(".NET Framework 4.8.9032.0", 533320)]
    [InlineData(".NET 10.0.1", null)]
    [InlineData(".NET 10.0.1", 394802)]
    [InlineData(".NET Framework 4.8.4645.0", null)]
    [InlineData(".NET Framework 4.7.3190.0", null)]
    [InlineData(".NET Framework", null)]
    public void Supported_runtimes_pass_the_probe(string description, int? release) =>
        Assert.Null(FrameworkVersionProbe.Problem(description, release));

    [Theory]
    [InlineData(".NET Framework 4.6.1590.0", 394802, ".NET Framework 4.6.2")]
    [InlineData(".NET Framework 4.7.2558.0", 461308, ".NET Framework 4.7.1")]
    [InlineData(".NET Framework 4.7.2053.0", 460805, ".NET Framework 4.7")]
    [InlineData(".NET Framework 4.6.1590.0", null, ".NET Framework 4.6.1590.0")]
    [InlineData(".NET Framework 4.7.2558.0", null, ".NET Framework 4.7.2558.0")]
    public void An_older_NET_Framework_is_told_in_one_sentence(string description, int? release, string named)
    {
        var problem = FrameworkVersionProbe.Problem(description, release);

        Assert.NotNull(problem);
        Assert.Contains("4.7.2 or later", problem);
        Assert.Contains(named, problem);
        Assert.Contains("PowerShell 7", problem);
        Assert.DoesNotMatch(@"\.\s+[A-Z]", problem!); // one sentence
        Assert.EndsWith(".", problem);
    }

    [Fact]
    public void The_registry_probe_answers_nothing_off_Windows_and_never_throws() =>
        Assert.Null(OperatingSystem.IsWindows() ? null : FrameworkVersionProbe.ReadRelease());
}
