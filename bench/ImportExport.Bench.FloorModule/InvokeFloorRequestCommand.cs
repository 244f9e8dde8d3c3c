using System;
using System.Management.Automation;
using System.Net.Http;

namespace ImportExport.Bench.FloorModule
{
    /// <summary>
    /// Sends one GET to <see cref="Uri"/> and writes the status code: the request part of the floor, as a binary
    /// cmdlet waits for it (the task's result on the pipeline thread, the I/O on the thread pool).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "FloorRequest")]
    [OutputType(typeof(int))]
    public sealed class InvokeFloorRequestCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public Uri Uri { get; set; } = null!;

        protected override void ProcessRecord()
        {
            using (var client = new HttpClient())
            using (var response = client.GetAsync(Uri).GetAwaiter().GetResult())
            {
                WriteObject((int)response.StatusCode);
            }
        }
    }
}
