<#
.SYNOPSIS
    From an empty device to one ready to ship: manifest, job, SIGNATURE file and shipping label.
.DESCRIPTION
    1. New-IEManifest builds the import manifest from parameters (checked by the module's validator).
    2. New-IEJob -ValidateOnly lets AWS check what only it can (the access key, the bucket).
    3. New-IEJob creates the job; Save-IESignatureFile writes its SIGNATURE to the root of the device.
    4. Get-IEShippingLabel -OutDirectory downloads the pre-paid label PDF, when -LabelDirectory is given.

    Against the local emulator:
        dotnet run --project src/ImportExport.Emulator -- --port 5080
        ./examples/New-ImportJobFromScratch.ps1 -EndpointUrl http://127.0.0.1:5080 -DevicePath E:\ -LabelDirectory . `
            -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    Against AWS, leave out -EndpointUrl and the keys (the usual credentials apply). -WhatIf shows what would be done.

    The script uses only the module and the PowerShell engine (no Utility cmdlets), so it also runs in a minimal host.
.OUTPUTS
    One object: JobId, DeviceId, SignatureFile (FileInfo), LabelFile (FileInfo or $null), Manifest (the YAML sent).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # The root of the device to ship (E:\, /media/usb); SIGNATURE is written there.
    [Parameter(Mandatory)]
    [string] $DevicePath,

    # The device's serial number or the ID on the sticker AWS sent.
    [string] $DeviceId = '49382',

    # The bucket to import into.
    [string] $Bucket = 'my-import-bucket',

    # Erase the device after the import.
    [switch] $EraseDevice,

    # Where the device comes back to; the keys are New-IEManifest's (and Get-IEShippingLabel's) address parameters.
    [hashtable] $ReturnAddress = @{
        Name = 'Jane Doe'; Company = 'Example Corp'; Street1 = '123 Any Street'; City = 'Anytown'
        StateOrProvince = 'WA'; PostalCode = '91011-1111'; PhoneNumber = '206-555-1111'; Country = 'USA'
    },

    # A folder to download the shipping label PDF into; without it no label is requested.
    [string] $LabelDirectory,

    # The service endpoint, e.g. http://127.0.0.1:5080 for the local emulator; omit it for AWS.
    [string] $EndpointUrl,

    [string] $ProfileName,
    [string] $AccessKey,
    [string] $SecretKey
)

$ErrorActionPreference = 'Stop'

# The connection parameters given to this script, passed on to every cmdlet.
$aws = @{}
foreach ($name in 'EndpointUrl', 'ProfileName', 'AccessKey', 'SecretKey') {
    if ($PSBoundParameters.ContainsKey($name)) { $aws[$name] = $PSBoundParameters[$name] }
}

if (-not [System.IO.Directory]::Exists($DevicePath)) {
    throw "The device path '$DevicePath' does not exist; mount the device first."
}

$PSCmdlet.WriteVerbose("Building the import manifest for device $DeviceId.")
# New-IEManifest sends nothing: it takes only the credentials (for the manifest's accessKeyId), not -EndpointUrl.
$credentials = @{} + $aws
$credentials.Remove('EndpointUrl')
$manifest = New-IEManifest -JobType Import -DeviceId $DeviceId -Bucket $Bucket -EraseDevice:$EraseDevice @ReturnAddress @credentials

# Cheap and safe: AWS checks the manifest (key, bucket) without creating anything, so a problem stops us here.
$null = $manifest | New-IEJob -JobType Import -ValidateOnly @aws

$job = $manifest | New-IEJob -JobType Import @aws
if (-not $job) {
    # -WhatIf (or a No at the prompt): nothing was created, so there is nothing to write.
    return
}

$PSCmdlet.WriteVerbose("Created job $($job.JobId); writing its SIGNATURE to $DevicePath.")
$signature = $job | Save-IESignatureFile -Path $DevicePath

$label = $null
if ($LabelDirectory) {
    $label = $job | Get-IEShippingLabel @ReturnAddress @aws -OutDirectory $LabelDirectory
}

[pscustomobject]@{
    JobId         = $job.JobId
    DeviceId      = $DeviceId
    SignatureFile = $signature
    LabelFile     = $label
    Manifest      = $manifest
}
