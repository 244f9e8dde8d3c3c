using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;

// Shared with bench/ImportExport.Bench (linked there): the hosted engine, memory readings, the counting output sink.
namespace ImportExport.Bench.Host
{
    /// <summary>The hosted engine, set up as the tests and a user's pwsh set it up.</summary>
    internal static class Engine
    {
        public static Runspace OpenRunspace()
        {
            var iss = InitialSessionState.CreateDefault2();
            if (OperatingSystem.IsWindows())
            {
                iss.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
            }

            iss.ThreadOptions = PSThreadOptions.UseCurrentThread;
            var runspace = RunspaceFactory.CreateRunspace(iss);
            runspace.Open();
            return runspace;
        }

        public static HashSet<Assembly> LoadedAssemblies() => AppDomain.CurrentDomain.GetAssemblies().ToHashSet();

        public static IReadOnlyList<PSObject> Invoke(Runspace runspace, string script, params object[] args)
        {
            var output = new List<PSObject>();
            InvokeInto(runspace, output, script, args);
            return output;
        }

        /// <summary>Runs a script and sends its output to <paramref name="output"/> as it is written (PSDataCollection wraps the list).</summary>
        public static void InvokeInto(Runspace runspace, IList<PSObject> output, string script, params object[] args)
        {
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript(script);
            foreach (var arg in args)
            {
                ps.AddArgument(arg);
            }

            ps.Invoke(null, output);
            if (ps.HadErrors)
            {
                var error = ps.Streams.Error.FirstOrDefault();
                throw new InvalidOperationException($"'{script}' failed: {error?.Exception?.Message ?? error?.ToString() ?? "(no error record)"}");
            }
        }
    }

    /// <summary>Wall time and this process's CPU time (all its threads), after a full collection.</summary>
    internal static class Measure
    {
        public static (TimeSpan Wall, TimeSpan Cpu) Run(Action action)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            process.Refresh();
            return (sw.Elapsed, process.TotalProcessorTime - cpu);
        }
    }

    /// <summary>Process memory as Linux reports it (/proc/self/status), or the .NET Process view elsewhere.</summary>
    internal static class Memory
    {
        public static bool PeakResetWorked { get; private set; }

        public static long CurrentRss() => Status("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64;

        public static long PeakRss() => Status("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;

        /// <summary>Resets the peak (VmHWM) to the current RSS: write 5 to /proc/self/clear_refs (Linux 4.0+).</summary>
        public static void ResetPeak()
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
                PeakResetWorked = true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                PeakResetWorked = false;
            }
        }

        private static long? Status(string field)
        {
            if (!OperatingSystem.IsLinux())
            {
                return null;
            }

            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kb = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kb) * 1024;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// An output list that counts and drops: PowerShell.Invoke(input, IList) writes each object into it as the
    /// pipeline emits it, so the host sees every job without keeping any.
    /// </summary>
    public sealed class CountingSink : IList<PSObject>
    {
        public long Count64;

        public long Count => Count64;

        int ICollection<PSObject>.Count => 0;

        public bool IsReadOnly => false;

        public PSObject this[int index]
        {
            get => throw new NotSupportedException();
            set => Count64++;
        }

        public void Add(PSObject item) => Count64++;

        public void Insert(int index, PSObject item) => Count64++;

        public void Clear()
        {
        }

        public bool Contains(PSObject item) => false;

        public void CopyTo(PSObject[] array, int arrayIndex)
        {
        }

        public IEnumerator<PSObject> GetEnumerator() => Enumerable.Empty<PSObject>().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public int IndexOf(PSObject item) => -1;

        public bool Remove(PSObject item) => false;

        public void RemoveAt(int index)
        {
        }
    }
}
