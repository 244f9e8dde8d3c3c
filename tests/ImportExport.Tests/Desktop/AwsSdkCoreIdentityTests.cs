using System.Reflection;
using System.Runtime.Loader;
using ImportExport.PowerShell;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Desktop;

/// <summary>
/// On Windows PowerShell 5.1 the engine is bound to whichever AWSSDK.Core 4.0.0.0 loaded first (AWS.Tools V5 has one
/// of that identity too). The check compares that assembly with the one staged beside the engine, before the first
/// client is built. Here a foreign AWSSDK.Core (3.7, the isolation host's) is loaded into a separate context to stand
/// for the other module's copy.
/// </summary>
public sealed class AwsSdkCoreIdentityTests
{
    private static readonly AssemblyFacts Staged = new("/m/ImportExport/dependencies/AWSSDK.Core.dll", new Version(4, 0, 0, 0), "4.0.102.19", null);

    private static string ForeignCorePath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = RepoPaths.Combine("tests", "ImportExport.IsolationHost", "bin", configuration, "net10.0", "AWSSDK.Core.dll");
            Assert.True(File.Exists(path), $"The isolation host (with its AWSSDK.Core 3.7) was not built: {path}");
            return path;
        }
    }

    [Fact]
    public void The_same_file_is_ours()
    {
        Assert.Null(AwsSdkCoreIdentity.Conflict(new AssemblyFacts(Staged.Location, Staged.Version, Staged.FileVersion, Guid.NewGuid()), Staged));
    }

    [Fact]
    public void Another_copy_of_the_same_release_is_accepted()
    {
        Assert.Null(AwsSdkCoreIdentity.Conflict(new AssemblyFacts("/other/AWSSDK.Core.dll", new Version(4, 0, 0, 0), "4.0.102.19", null), Staged));
    }

    [Fact]
    public void Another_4_0_release_with_the_same_identity_is_a_conflict_that_names_both_files_and_says_what_to_do()
    {
        var other = new AssemblyFacts(@"C:\Program Files\WindowsPowerShell\Modules\AWS.Tools.Common\5.0.10\AWSSDK.Core.dll", new Version(4, 0, 0, 0), "4.0.3.1", null);

        var conflict = AwsSdkCoreIdentity.Conflict(other, Staged);

        // The engine names both files; what a Windows PowerShell session can do about it is the cmdlet layer's to say.
        Assert.NotNull(conflict);
        Assert.DoesNotContain("PowerShell session", conflict.Message);
        Assert.DoesNotContain("PowerShell 7", conflict.Message);
        var message = ErrorCatalogue.ConfigurationMessage(ServiceFailure.Describe(conflict)!);
        Assert.NotNull(message);
        Assert.Contains(@"AWS.Tools.Common\5.0.10\AWSSDK.Core.dll", message);
        Assert.Contains("4.0.3.1", message);
        Assert.Contains(Staged.Location!, message);
        Assert.Contains("new Windows PowerShell session", message);
        Assert.Contains("PowerShell 7", message);
    }

    [Fact]
    public void A_different_build_of_the_same_versions_is_told_by_its_MVID()
    {
        var staged = new AssemblyFacts("/a/AWSSDK.Core.dll", new Version(4, 0, 0, 0), "4.0.102.19", Guid.NewGuid());
        Assert.NotNull(AwsSdkCoreIdentity.Conflict(new AssemblyFacts("/b/AWSSDK.Core.dll", new Version(4, 0, 0, 0), "4.0.102.19", Guid.NewGuid()), staged));
    }

    [Fact]
    public void Without_a_staged_copy_there_is_nothing_to_compare() =>
        Assert.Null(AwsSdkCoreIdentity.Conflict(new AssemblyFacts("/x/AWSSDK.Core.dll", new Version(3, 7, 0, 0), "3.7.402", null), null));

    [Fact]
    public void A_foreign_AWSSDK_Core_assembly_is_a_conflict()
    {
        var context = new AssemblyLoadContext("foreign-aws-tools", isCollectible: true);
        try
        {
            var foreign = context.LoadFromAssemblyPath(ForeignCorePath);
            var ours = typeof(Amazon.Runtime.AWSCredentials).Assembly;

            var facts = AssemblyFacts.Of(foreign);
            Assert.Equal(Path.GetFullPath(ForeignCorePath), facts.Location);
            Assert.NotNull(facts.Mvid);

            var conflict = AwsSdkCoreIdentity.Conflict(facts, AssemblyFacts.OfFile(ours.Location));
            Assert.NotNull(conflict);
            Assert.Contains(ForeignCorePath, conflict.Message);

            // Our own AWSSDK.Core against its own file: no conflict.
            Assert.Null(AwsSdkCoreIdentity.Conflict(AssemblyFacts.Of(ours), AssemblyFacts.OfFile(ours.Location)));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_check_of_this_process_passes_and_is_skipped_off_Desktop()
    {
        Assert.Null(AwsSdkCoreIdentity.Check());
        AwsSdkCoreIdentity.EnsureOurs(desktop: false);
        AwsSdkCoreIdentity.EnsureOurs(desktop: true);
    }

    [Fact]
    public void The_check_runs_in_methods_that_are_never_inlined()
    {
        // So that the JIT compiling the callers never needs more of AWSSDK.Core than its Assembly object.
        var flags = typeof(AwsSdkCoreIdentity).GetMethod(nameof(AwsSdkCoreIdentity.EnsureOurs), BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.MethodImplementationFlags;
        Assert.True(flags.HasFlag(MethodImplAttributes.NoInlining));
    }
}
