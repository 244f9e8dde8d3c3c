using System.Management.Automation;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace ImportExport.Tests.Module;

/// <summary>
/// Cmdlets stay thin: no method of a cmdlet class (ProcessRecord, BeginProcessing, a helper) spans more than
/// <see cref="MaxLines"/> source lines. A workflow that grows past that belongs in a type of its own (a reporter, an
/// engine type, a rule beside its request), as the module's design asks.
/// </summary>
/// <remarks>
/// Measured on what the compiler emitted, not by parsing text: the portable PDB next to ImportExport.dll holds each
/// method's sequence points, and the lines from the first to the last (the method's opening and closing brace) are
/// its length. Lambdas and local functions count toward the method that contains them, since their lines lie between
/// those braces; comments and blank lines inside a method count too, as a reader has to read them.
/// </remarks>
public sealed class CmdletMethodLengthTests
{
    private const int MaxLines = 50;

    [Fact]
    public void No_method_of_a_cmdlet_is_longer_than_fifty_lines()
    {
        var lengths = CmdletMethodLengths();
        Assert.Contains(lengths, m => m.Method == "GetIEJobCommand.ProcessRecord");

        var tooLong = lengths.Where(m => m.Lines > MaxLines).Select(m => $"{m.Method} ({m.Lines} lines, {m.File})").ToList();

        Assert.True(tooLong.Count == 0, $"Cmdlet methods longer than {MaxLines} lines: " + string.Join("; ", tooLong));
    }

    [Fact]
    public void The_measure_sees_a_method_as_long_as_its_braces()
    {
        // A known short method: the measure must not count zero or the whole file.
        var lengths = CmdletMethodLengths();
        var begin = lengths.Single(m => m.Method == "StartMGNImportCommand.BeginProcessing");
        Assert.InRange(begin.Lines, 3, 10);
    }

    private static List<(string Method, int Lines, string File)> CmdletMethodLengths()
    {
        var assembly = typeof(ImportExport.Cmdlets.GetIEJobCommand).Assembly;
        var pdbPath = Path.ChangeExtension(assembly.Location, ".pdb");
        Assert.True(File.Exists(pdbPath), $"No portable PDB beside {assembly.Location}: the measure needs it.");

        var cmdletTypes = assembly.GetTypes().Where(t => t.GetCustomAttribute<CmdletAttribute>() is not null).ToList();
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
        var pdb = provider.GetMetadataReader();
        var result = new List<(string, int, string)>();
        foreach (var type in cmdletTypes)
        {
            // Constructors are left out: theirs are the property initializers, spread over the whole class.
            foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var handle = MetadataTokens.MethodDebugInformationHandle(method.MetadataToken);
                var points = pdb.GetMethodDebugInformation(handle).GetSequencePoints().Where(p => !p.IsHidden).ToList();
                if (points.Count == 0)
                {
                    continue;
                }

                var lines = points.Max(p => p.EndLine) - points.Min(p => p.StartLine) + 1;
                var file = Path.GetFileName(pdb.GetString(pdb.GetDocument(points[0].Document).Name));
                result.Add(($"{type.Name}.{method.Name}", lines, file));
            }
        }

        return result;
    }
}
