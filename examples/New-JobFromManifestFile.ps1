<#
.SYNOPSIS
    Create an Import/Export job from a manifest file, validating it locally and with AWS first.
.DESCRIPTION
    1. Test-IEManifest checks the file locally and lists every problem with its line; the runbook stops there if any.
    2. New-IEJob -ValidateOnly lets AWS check what only it can (the access key, the buckets); nothing is created.
    3. New-IEJob creates the job, and, with -DevicePath, Save-IESignatureFile writes its SIGNATURE to the device.

    Against the local emulator:
        dotnet run --project src/ImportExport.Emulator -- --port 5080
        ./examples/New-JobFromManifestFile.ps1 -ManifestPath ./manifest.yml -JobType Import -EndpointUrl http://127.0.0.1:5080 `
            -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    Against AWS, leave out -EndpointUrl and the keys. -WhatIf validates and shows what would be created.
.OUTPUTS
    The created job (ImportExport.IE.CreatedJob), or the manifest problems (ImportExport.Manifest.ManifestIssue) when the file is not valid.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # The manifest file (YAML).
    [Parameter(Mandatory)]
    [string] $ManifestPath,

    [ValidateSet('Import', 'Export')]
    [string] $JobType = 'Import',

    # The root of the device; when given, the job's SIGNATURE file is written there.
    [string] $DevicePath,

    [string] $EndpointUrl,
    [string] $ProfileName,
    [string] $AccessKey,
    [string] $SecretKey
)

$ErrorActionPreference = 'Stop'
$aws = @{}
foreach ($name in 'EndpointUrl', 'ProfileName', 'AccessKey', 'SecretKey') {
    if ($PSBoundParameters.ContainsKey($name)) { $aws[$name] = $PSBoundParameters[$name] }
}

# Every local problem at once, before anything is sent.
$problems = @(Test-IEManifest -Path $ManifestPath -JobType $JobType)
if ($problems.Count -gt 0) {
    $PSCmdlet.WriteWarning("$ManifestPath has $($problems.Count) problem(s); nothing was sent.")
    return $problems
}

$PSCmdlet.WriteVerbose("Asking AWS to validate $ManifestPath.")
$null = New-IEJob -JobType $JobType -ManifestPath $ManifestPath -ValidateOnly @aws

$job = New-IEJob -JobType $JobType -ManifestPath $ManifestPath @aws
if (-not $job) { return }   # -WhatIf, or No at the prompt

if ($DevicePath) {
    $null = $job | Save-IESignatureFile -Path $DevicePath
}
$job
