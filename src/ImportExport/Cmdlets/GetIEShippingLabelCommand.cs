using System.Collections.Generic;
using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-IEShippingLabel: a pre-paid shipping label for one or more jobs (GetShippingLabel). Ids from
    /// the pipeline are gathered and sent in one request, because one label covers every job shipped together.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IEShippingLabel")]
    [OutputType(typeof(ShippingLabel))]
    public sealed class GetIEShippingLabelCommand : AwsCmdlet
    {
        private readonly List<string> _jobIds = new List<string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string[] JobId { get; set; } = new string[0];

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Company { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PhoneNumber { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Country { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? StateOrProvince { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? City { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PostalCode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street1 { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street2 { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Street3 { get; set; }

        [Parameter]
        public string? APIVersion { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in JobId)
            {
                if (!_jobIds.Contains(id))
                {
                    _jobIds.Add(id);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (_jobIds.Count == 0)
            {
                return;
            }

            var request = new GetShippingLabelRequest
            {
                JobIds = _jobIds,
                APIVersion = APIVersion,
                ReturnAddress = new ReturnAddress
                {
                    Name = Name,
                    Company = Company,
                    PhoneNumber = PhoneNumber,
                    Country = Country,
                    StateOrProvince = StateOrProvince,
                    City = City,
                    PostalCode = PostalCode,
                    Street1 = Street1,
                    Street2 = Street2,
                    Street3 = Street3,
                },
            };
            var label = Try(string.Join(",", _jobIds), () => ImportExport.Client.GetShippingLabel(request));
            if (label is null)
            {
                return;
            }

            _jobIds.ForEach(JobIdCompleter.Remember);
            if (!string.IsNullOrEmpty(label.Warning))
            {
                WriteWarning(label.Warning);
            }

            WriteObject(label);
        }
    }
}
