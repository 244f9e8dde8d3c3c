using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>Get-IEJobStatus: where each job is and how it is doing (GetStatus).</summary>
    [Cmdlet(VerbsCommon.Get, "IEJobStatus")]
    [OutputType(typeof(JobStatus))]
    public sealed class GetIEJobStatusCommand : AwsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [JobIdTransformation]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string[] JobId { get; set; } = System.Array.Empty<string>();

        [Parameter]
        public string? APIVersion { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in JobId)
            {
                var status = Try(id, token => ImportExport.Client.GetStatusAsync(new GetStatusRequest { JobId = id, APIVersion = APIVersion }, token));
                if (status is not null)
                {
                    JobIdCompleter.Remember(status.JobId, status.JobType, status.CreationDate);
                    WriteObject(status);
                }
            }
        }
    }
}
