using System;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// The lane is an exe so that a test can run it again as a fresh process: Windows PowerShell loads one AWSSDK.Core
    /// 4.0.0.0 per session, so "another module loaded its Core first" needs a session (process) of its own.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 2 && args[0] == "foreign-core-first")
            {
                return ForeignCoreFirst.Run(args[1]);
            }

            Console.Error.WriteLine("Run the lane with xunit's console runner (build.ps1 Test); this entry point serves its child processes.");
            return 2;
        }
    }
}
