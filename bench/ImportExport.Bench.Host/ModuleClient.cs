using System.Collections;
using System.Reflection;
using System.Runtime.Loader;

namespace ImportExport.Bench.Host;

/// <summary>
/// Our client without PowerShell, exactly as the imported module has it: the module loads its client layer
/// (ImportExport.Engine) and AWSSDK.Core (the netstandard2.0 build it ships) into its own AssemblyLoadContext, so the
/// bench's compile-time copy of the client would be other code (AWSSDK.Core's net8.0 build, another ALC). This reaches
/// the module's ServiceClients through reflection once and calls the client's methods with MethodInfo.Invoke
/// (well under a microsecond per call).
/// </summary>
internal sealed class ModuleClient
{
    private readonly object client;
    private readonly MethodInfo getStatus;
    private readonly MethodInfo listAllJobs;
    private readonly PropertyInfo pageJobs;
    private readonly Type getStatusRequest;

    private ModuleClient(Assembly engine, string endpoint, string where)
    {
        Where = where;
        var settingsType = engine.GetType("ImportExport.Runtime.AwsConnectionSettings", throwOnError: true)!;
        var settings = Activator.CreateInstance(settingsType)!;
        settingsType.GetProperty("EndpointUrl")!.SetValue(settings, endpoint);
        var connection = engine.GetType("ImportExport.Runtime.ServiceClients", throwOnError: true)!
            .GetMethod("ImportExport", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [settings])!;
        client = connection.GetType().GetProperty("Client")!.GetValue(connection)!;
        getStatusRequest = engine.GetType("ImportExport.IE.GetStatusRequest", throwOnError: true)!;
        getStatus = client.GetType().GetMethod("GetStatus", [getStatusRequest])!;
        listAllJobs = client.GetType().GetMethod("ListAllJobs")!;
        pageJobs = engine.GetType("ImportExport.IE.JobListPage", throwOnError: true)!.GetProperty("Jobs")!;
    }

    /// <summary>Where the client code came from, for the report.</summary>
    public string Where { get; }

    /// <summary>The client of the module imported in this process, from whichever load context the module put it in.</summary>
    public static ModuleClient For(string endpoint)
    {
        var candidates = AssemblyLoadContext.All
            .SelectMany(c => c.Assemblies.Select(a => (Context: c, Assembly: a)))
            .Where(x => x.Assembly.GetType("ImportExport.Runtime.ServiceClients") is not null)
            .ToList();
        var (context, engine) = candidates.FirstOrDefault(x => x.Context != AssemblyLoadContext.Default);
        if (engine is not null)
        {
            return new ModuleClient(engine, endpoint, $"{engine.GetName().Name} as the module loaded it (load context '{context.Name}')");
        }

        (_, engine) = candidates.FirstOrDefault();
        return engine is not null
            ? new ModuleClient(engine, endpoint, $"{engine.GetName().Name} as the module loaded it (default load context)")
            : throw new InvalidOperationException("The module's client assembly is not loaded; import the module first.");
    }

    public Func<object> GetStatusCall(string jobId)
    {
        var request = Activator.CreateInstance(getStatusRequest)!;
        getStatusRequest.GetProperty("JobId")!.SetValue(request, jobId);
        object[] args = [request];
        return () => getStatus.Invoke(client, args)!;
    }

    /// <summary>Lists jobs with ListAllJobs(pageSize), at most <paramref name="maxPages"/> pages; returns how many.</summary>
    public long CountPages(int pageSize, int maxPages)
    {
        long count = 0;
        var pages = 0;
        foreach (var page in (IEnumerable)listAllJobs.Invoke(client, [pageSize, null, null])!)
        {
            count += ((ICollection)pageJobs.GetValue(page)!).Count;
            if (++pages >= maxPages)
            {
                break;
            }
        }

        return count;
    }
}
