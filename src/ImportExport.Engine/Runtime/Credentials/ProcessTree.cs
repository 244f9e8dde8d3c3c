using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Ends a process and everything it started. A credential_process runs through a shell, so killing only the shell
    /// would leave the real program running as an orphan.
    /// </summary>
    public static class ProcessTree
    {
        // Process.Kill(bool entireProcessTree) exists on .NET Core 3.0+ (PowerShell 7) but not in netstandard2.0 or on
        // .NET Framework (Windows PowerShell 5.1), where taskkill /T does the same.
        private static readonly MethodInfo? KillTree = typeof(Process).GetMethod("Kill", new[] { typeof(bool) });

        public static void Kill(Process process)
        {
            try
            {
                if (process.HasExited)
                {
                    return;
                }

                if (KillTree is not null)
                {
                    KillTree.Invoke(process, new object[] { true });
                }
                else if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                {
                    using var taskkill = Process.Start(new ProcessStartInfo("taskkill.exe", $"/T /F /PID {process.Id}") { UseShellExecute = false, CreateNoWindow = true });
                    taskkill?.WaitForExit(5000);
                }
                else
                {
                    process.Kill();
                }

                process.WaitForExit(5000);
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is Win32Exception || ex is TargetInvocationException || ex is NotSupportedException)
            {
                // It ended on its own meanwhile, or cannot be touched: nothing more can be done for it.
            }
        }
    }
}
