using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

/// <summary>Names the peer scenario a test runs (the name the peer script's --list prints).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScenarioAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
