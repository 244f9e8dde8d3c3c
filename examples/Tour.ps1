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
