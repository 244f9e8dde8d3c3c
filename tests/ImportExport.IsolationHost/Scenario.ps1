# Imports the staged module and calls every cmdlet once against the emulator. Writes one line per call.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $Endpoint,
    [object] $Credential
)
$ErrorActionPreference = 'Continue'
Import-Module $ModulePath -Force
if ($null -eq $Credential) {
    $aws = @{ EndpointUrl = $Endpoint; AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; Region = 'eu-west-1' }
} else {
    $aws = @{ EndpointUrl = $Endpoint; Credential = $Credential; Region = 'eu-west-1' }
}
$manifest = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice -AccessKeyId AKIAIOSFODNN7EXAMPLE -Name 'Jane Doe' -Street1 '123 Any Street' `
    -City Anytown -StateOrProvince WA -PostalCode 91011-1111 -PhoneNumber 206-555-1111 -Country USA
$job = New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false
"New-IEJob $($job.JobId)"
$update = Update-IEJob -JobId $job.JobId -JobType Import -Manifest $manifest @aws -Confirm:$false
"Update-IEJob $($update.Success)"
"Get-IEJobStatus $((Get-IEJobStatus -JobId $job.JobId @aws).ProgressCode)"
"Get-IEJob $(@(Get-IEJob @aws).Count)"
"Get-IEShippingLabel $([bool](Get-IEShippingLabel -JobId $job.JobId @aws).ShippingLabelURL)"
$import = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/isolation.csv @aws -Confirm:$false
"Start-MGNImport $($import.Status)"
# The output types resolve by name and are what the cmdlets return (one type identity across the load contexts).
$names = 'ImportExport.IE.JobSummary', 'ImportExport.IE.JobStatus', 'ImportExport.IE.CreatedJob', 'ImportExport.IE.JobUpdate',
    'ImportExport.IE.CanceledJob', 'ImportExport.IE.ShippingLabel', 'ImportExport.IE.JobType', 'ImportExport.Mgn.ImportTask',
    'ImportExport.Mgn.ImportError', 'ImportExport.Manifest.ManifestIssue'
"TypeNames $(@($names | Where-Object { -not ($_ -as [type]) }).Count -eq 0 -and [ImportExport.IE.JobType]::Export -eq 'Export')"
$outputs = @(
    $job -is [ImportExport.IE.CreatedJob]
    $update -is [ImportExport.IE.JobUpdate]
    (Get-IEJobStatus -JobId $job.JobId @aws) -is [ImportExport.IE.JobStatus]
    @(Get-IEJob -First 1 @aws)[0] -is [ImportExport.IE.JobSummary]
    (Get-IEShippingLabel -JobId $job.JobId @aws) -is [ImportExport.IE.ShippingLabel]
    $import -is [ImportExport.Mgn.ImportTask]
    @(Test-IEManifest -Manifest 'manifestVersion: 2.0' -JobType Import)[0] -is [ImportExport.Manifest.ManifestIssue]
)
"OutputTypes $(@($outputs | Where-Object { -not $_ }).Count -eq 0)"
"Stop-IEJob $((Stop-IEJob -JobId $job.JobId -Force -PassThru @aws).Success)"
foreach ($optional in 'Get-MGNImport', 'Get-MGNImportError', 'Test-IEManifest') {
    if (-not (Get-Command $optional -Module ImportExport -ErrorAction SilentlyContinue)) { continue }
    switch ($optional) {
        'Get-MGNImport' { "Get-MGNImport $(@(Get-MGNImport -ImportId $import.ImportId @aws).Count)" }
        'Get-MGNImportError' { "Get-MGNImportError $(@(Get-MGNImportError -ImportId $import.ImportId @aws).Count)" }
        'Test-IEManifest' { "Test-IEManifest $(Test-IEManifest -Manifest $manifest -JobType Import -Quiet)" }
    }
}
