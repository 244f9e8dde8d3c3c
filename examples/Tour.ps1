<#
.SYNOPSIS
    A two-minute tour of the ImportExport module: create a job, list, status, label, cancel, MGN import.
.DESCRIPTION
    Runs against the endpoint given (the local emulator: `dotnet pwsh ./build.ps1 Tour`
    starts one and runs this script). Every command is what you would type yourself.
#>
param(
    [Parameter(Mandatory)]
    [string] $EndpointUrl
)

$ErrorActionPreference = 'Stop'

# $Host.UI rather than Write-Host: the tour also runs in a bare hosted engine without the Utility module.
function Show-Step([string] $command) {
    $Host.UI.WriteLine('')
    $Host.UI.WriteLine("PS> $command")
}

Show-Step '$manifest = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice -Name "Jane Doe" -Street1 "123 Any Street" -City Anytown -StateOrProvince WA -PostalCode 91011-1111 -PhoneNumber 206-555-1111 -Country USA; $manifest'
$manifest = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice -Name 'Jane Doe' -Street1 '123 Any Street' `
    -City Anytown -StateOrProvince WA -PostalCode 91011-1111 -PhoneNumber 206-555-1111 -Country USA
$Host.UI.WriteLine($manifest)

Show-Step 'New-IEJob -JobType Import -Manifest $manifest -ValidateOnly'
New-IEJob -JobType Import -Manifest $manifest -ValidateOnly -EndpointUrl $EndpointUrl | Out-Default

Show-Step '$job = New-IEJob -JobType Import -Manifest $manifest; $job'
$job = New-IEJob -JobType Import -Manifest $manifest -EndpointUrl $EndpointUrl -Confirm:$false
$job | Out-Default
$second = New-IEJob -JobType Import -Manifest $manifest -EndpointUrl $EndpointUrl -Confirm:$false

Show-Step 'Get-IEJob'
Get-IEJob -EndpointUrl $EndpointUrl | Out-Default

Show-Step 'Get-IEJob | Get-IEJobStatus'
Get-IEJob -EndpointUrl $EndpointUrl | Get-IEJobStatus -EndpointUrl $EndpointUrl | Out-Default

Show-Step 'Get-IEShippingLabel -JobId $job.JobId, $second.JobId -Name "Jane Doe" -Street1 "123 Any Street" -City Anytown -StateOrProvince WA -PostalCode 91011 -Country USA -PhoneNumber 206-555-1111'
Get-IEShippingLabel -JobId $job.JobId, $second.JobId -Name 'Jane Doe' -Street1 '123 Any Street' -City Anytown -StateOrProvince WA `
    -PostalCode 91011 -Country USA -PhoneNumber 206-555-1111 -EndpointUrl $EndpointUrl | Out-Default

Show-Step '$second | Stop-IEJob -Force -PassThru'
$second | Stop-IEJob -Force -PassThru -EndpointUrl $EndpointUrl | Out-Default

Show-Step 'Get-IEJobStatus -JobId NOSUCH   # a failing id is one clear error'
Get-IEJobStatus -JobId NOSUCH -EndpointUrl $EndpointUrl -ErrorAction SilentlyContinue -ErrorVariable failure
$Host.UI.WriteLine(("{0}`n  {1}" -f $failure[0].FullyQualifiedErrorId, $failure[0].ErrorDetails.Message))

Show-Step 'Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv -Region eu-west-1 -Tag @{ Project = "Lift" }'
Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv -Region eu-west-1 -Tag @{ Project = 'Lift' } `
    -EndpointUrl $EndpointUrl -Confirm:$false | Out-Default

# MGN from the file up: an inventory CSV written from objects a runbook already has, checked locally, uploaded and imported.
# .NET calls for the files: the tour also runs in a bare hosted engine without the Management module.
$folder = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'ie-tour-' + [guid]::NewGuid().ToString('N'))
$null = [System.IO.Directory]::CreateDirectory($folder)
$wave1 = [System.IO.Path]::Combine($folder, 'wave1.csv')
$bad = [System.IO.Path]::Combine($folder, 'bad.csv')
try {
    Show-Step '$cmdb = Import-Csv cmdb.csv; $cmdb | New-MGNImportFile -Path wave1.csv -Map ([ordered]@{ ''mgn:wave:name'' = ''Wave''; ''mgn:app:name'' = ''App''; ''mgn:server:user-provided-id'' = ''Host''; ''mgn:server:fqdn-for-action-framework'' = ''Fqdn''; ''mgn:server:platform'' = ''Os'' })'
    $cmdb = @(
        [pscustomobject]@{ Host = 'web-01'; Fqdn = 'web-01.corp.example.com'; App = 'Billing'; Wave = 'Wave 1'; Os = 'Linux' }
        [pscustomobject]@{ Host = 'db-01'; Fqdn = 'db-01.corp.example.com'; App = 'Billing'; Wave = 'Wave 1'; Os = 'Windows' }
    )
    $map = [ordered]@{ 'mgn:wave:name' = 'Wave'; 'mgn:app:name' = 'App'; 'mgn:server:user-provided-id' = 'Host'; 'mgn:server:fqdn-for-action-framework' = 'Fqdn'; 'mgn:server:platform' = 'Os' }
    $cmdb | New-MGNImportFile -Path $wave1 -Map $map -Confirm:$false | Out-Default

    Show-Step 'Test-MGNImportFile -Path bad.csv   # every problem in one pass, with the row and the error type the import would report'
    [System.IO.File]::WriteAllText($bad, "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform`r`nWave 1,Billing,web-02,Solaris`r`n")
    Test-MGNImportFile -Path $bad | Out-Default

    Show-Step 'Start-MGNImport -Path wave1.csv -S3Bucket my-import-bucket -S3Key waves/wave1.csv -Region eu-west-1   # checks, uploads, imports'
    Start-MGNImport -Path $wave1 -S3Bucket my-import-bucket -S3Key waves/wave1.csv -Region eu-west-1 -EndpointUrl $EndpointUrl -Confirm:$false | Out-Default
}
finally {
    [System.IO.Directory]::Delete($folder, $true)
}
