using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using ImportExport.IE;
using ImportExport.Runtime;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>The module is loaded as Windows PowerShell 5.1 loads it, and the engine takes its Desktop paths.</summary>
    public sealed class LoadingTests
    {
        [Fact]
        public void The_loader_isolates_through_AssemblyResolve_on_a_runtime_without_AssemblyLoadContext()
        {
            Assert.Equal("AssemblyResolve", LaneModule.LoaderMode);
            Assert.Null(typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false));
        }

        [Fact]
        public void The_engine_and_every_dependency_come_from_the_staged_dependencies_folder()
        {
            var dependencies = Path.GetFullPath(LaneModule.Dependencies);
            foreach (var assembly in new[] { typeof(ImportExportClient).Assembly, typeof(Amazon.Runtime.AWSCredentials).Assembly, typeof(ImportExport.Manifest.ManifestValidator).Assembly, typeof(ImportExport.Inventory.InventoryChecker).Assembly })
            {
                Assert.Equal(dependencies, Path.GetDirectoryName(Path.GetFullPath(assembly.Location)));
            }

            Assert.Equal(Path.GetFullPath(LaneModule.StagedModule), Path.GetDirectoryName(Path.GetFullPath(typeof(JobStatus).Assembly.Location)));
            Assert.Empty(Directory.GetFiles(LaneModule.OutputDirectory, "ImportExport.*.dll").Concat(Directory.GetFiles(LaneModule.OutputDirectory, "AWSSDK.*.dll")));
        }

        [Fact]
        public void The_engine_takes_its_Desktop_paths()
        {
            Assert.True(DesktopRuntime.Current);
        }

        [Fact]
        public void AWSSDK_Core_sends_through_HttpWebRequest_as_on_NET_Framework()
        {
            var factory = new WebRequestHttpClientFactory();
            using var client = factory.CreateHttpClient(new ImportExportClientConfig { ServiceURL = "http://127.0.0.1:1/" });

            Assert.True(WebRequestHttpClientFactory.IsOnWebRequest(client));
        }
    }
}
