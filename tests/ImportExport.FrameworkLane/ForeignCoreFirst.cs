using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using ImportExport.Runtime;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// The child process of the identity test: another AWSSDK.Core 4.0 build is loaded first (as AWS.Tools V5 would load
    /// its own), then the module is imported and asked for a client. Prints the engine's error id and message.
    /// </summary>
    internal static class ForeignCoreFirst
    {
        public static int Run(string foreignCore)
        {
            var foreign = Assembly.LoadFrom(foreignCore);
            Console.WriteLine("loaded first: " + foreign.FullName + " from " + foreign.Location);
            LaneModule.Import();
            return AskForAClient();
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int AskForAClient()
        {
            Console.WriteLine("engine bound to: " + typeof(Amazon.Runtime.AWSCredentials).Assembly.Location);
            try
            {
                ServiceClients.ImportExport(Lane.Settings(new Uri("http://127.0.0.1:1/")));
                Console.WriteLine("no error");
                return 0;
            }
            catch (ServiceConfigurationException ex)
            {
                Console.WriteLine(ex.Reason);
                Console.WriteLine(ex.Message);
                return 1;
            }
        }
    }
}
