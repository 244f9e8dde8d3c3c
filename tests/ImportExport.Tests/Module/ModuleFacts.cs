using System.Management.Automation;
using System.Reflection;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Module;

/// <summary>What the module tests compare against: the compiled cmdlets, the staged files, the manifest.</summary>
internal static class ModuleFacts
{
    /// <summary>
    /// The module assembly (ImportExport.dll: the cmdlets) as compiled, the same build that is staged; see
    /// PowerShellHost's remarks. The protocol types (IE/, Mgn/, Runtime/) are in ImportExport.Engine, the output types
    /// in ImportExport.Contracts.
    /// </summary>
    public static Assembly ModuleAssembly => typeof(ImportExport.Cmdlets.NewIEJobCommand).Assembly;

    /// <summary>ImportExport.Engine: service clients, staged in dependencies/.</summary>
    public static Assembly EngineAssembly => typeof(ImportExport.IE.ImportExportClient).Assembly;

    /// <summary>ImportExport.Contracts: the output types and enums, staged beside ImportExport.dll.</summary>
    public static Assembly ContractAssembly => typeof(ImportExport.IE.JobSummary).Assembly;

    public static string StagedDirectory => RepoPaths.StagedModuleDirectory;

    public static string StagedManifest => Path.Combine(StagedDirectory, "ImportExport.psd1");

    public static string SourceManifest => RepoPaths.Combine("ImportExport.psd1");

    /// <summary>Every public, non-abstract [Cmdlet] type compiled into the module, as Verb-Noun → type.</summary>
    public static IReadOnlyDictionary<string, Type> CompiledCmdlets { get; } =
        ModuleAssembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t))
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<CmdletAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => $"{x.Attribute!.VerbName}-{x.Attribute.NounName}", x => x.Type, StringComparer.OrdinalIgnoreCase);

    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in CompiledCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Every type of ours a cmdlet declares with [OutputType]: each needs a default view.</summary>
    public static IReadOnlyList<Type> DeclaredOutputTypes { get; } =
        CompiledCmdlets.Values
            .SelectMany(t => t.GetCustomAttributes<OutputTypeAttribute>())
            .SelectMany(a => a.Type)
            .Select(t => t.Type)
            .Where(t => t is not null && t.Assembly != typeof(object).Assembly && t.Assembly != typeof(FileInfo).Assembly)
            .Distinct()
            .ToList()!;

    /// <summary>The parameters PowerShell adds to every cmdlet; help need not document them.</summary>
    public static readonly HashSet<string> CommonParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
    };

    /// <summary>
    /// The psd1 as data, read the way Import-PowerShellDataFile does (the engine's parser and SafeGetValue, which
    /// accepts constants only); that cmdlet itself is in Microsoft.PowerShell.Utility, which the hosted engine lacks.
    /// </summary>
    public static System.Collections.Hashtable ReadManifest(string path)
    {
        var ast = System.Management.Automation.Language.Parser.ParseFile(path, out _, out var errors);
        Assert.True(errors.Length == 0, $"{path}: " + string.Join("; ", errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}")));
        var table = (System.Management.Automation.Language.HashtableAst?)ast.Find(a => a is System.Management.Automation.Language.HashtableAst, false);
        Assert.NotNull(table);
        return (System.Collections.Hashtable)table!.SafeGetValue();
    }

    public static string[] Strings(object? value) =>
        value switch
        {
            null => [],
            string s => [s],
            object[] items => items.Select(i => i?.ToString() ?? string.Empty).ToArray(),
            _ => [value.ToString() ?? string.Empty],
        };
}
