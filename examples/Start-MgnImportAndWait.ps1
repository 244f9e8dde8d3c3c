<#
.SYNOPSIS
    Start an MGN import of an inventory CSV in S3 and follow it to the end.
.DESCRIPTION
    1. Start-MGNImport starts the import; its client token makes a rerun after a network failure safe (it is printed
       on the verbose stream and in the error record).
    2. Wait-MGNImport follows it with a progress bar until SUCCEEDED or FAILED, or until -Timeout.
    3. When the import failed, or succeeded with row errors, Get-MGNImportError lists them; with -ErrorReportPath
       they are written there as CSV for whoever fixes the inventory.

    Against the local emulator (which moves imports along every few seconds):
        dotnet run --project src/ImportExport.Emulator -- --port 5080 --import-step-seconds 1
        ./examples/Start-MgnImportAndWait.ps1 -S3Bucket my-import-bucket -S3Key inventory/servers.csv -Region eu-west-1 `
            -EndpointUrl http://127.0.0.1:5080 -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
.OUTPUTS
    One object: ImportId, Status, the created/modified counts, ErrorCount, ErrorReport (FileInfo or $null).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string] $S3Bucket,

    [Parameter(Mandatory)]
    [string] $S3Key,

    [hashtable] $Tag = @{},

    # How long to wait for the import to end.
    [timespan] $Timeout = [timespan]::FromMinutes(30),

    # Seconds between checks (the default backs off from 1 s to 15 s).
    [double] $PollInterval,

    # Where to write the import's row errors as CSV, if there are any.
    [string] $ErrorReportPath,

    [Parameter(Mandatory)]
    [string] $Region,

    [string] $EndpointUrl,
    [string] $ProfileName,
    [string] $AccessKey,
    [string] $SecretKey
)

$ErrorActionPreference = 'Stop'
$aws = @{ Region = $Region }
foreach ($name in 'EndpointUrl', 'ProfileName', 'AccessKey', 'SecretKey') {
    if ($PSBoundParameters.ContainsKey($name)) { $aws[$name] = $PSBoundParameters[$name] }
}

$task = Start-MGNImport -S3Bucket $S3Bucket -S3Key $S3Key -Tag $Tag @aws
if (-not $task) { return }   # -WhatIf, or No at the prompt

$wait = @{ ImportId = $task.ImportId; Timeout = $Timeout }
if ($PSBoundParameters.ContainsKey('PollInterval')) { $wait.PollInterval = $PollInterval }

# A FAILED import is an error record from Wait-MGNImport; keep going to report its rows.
$final = Wait-MGNImport @wait @aws -ErrorAction SilentlyContinue -ErrorVariable waitErrors
if (-not $final) {
    $failure = @($waitErrors | Where-Object { $_.FullyQualifiedErrorId -like 'ImportFailed,*' })
    if ($failure.Count -eq 0) { throw $waitErrors[0] }   # timed out, or could not ask: nothing more to report
    $final = $failure[0].Exception.Import
}

$rows = @(Get-MGNImportError -ImportId $task.ImportId @aws)
$report = $null
if ($rows.Count -gt 0 -and $ErrorReportPath) {
    $full = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($ErrorReportPath)
    $rows | Export-Csv -LiteralPath $full -NoTypeInformation -Encoding utf8
    $report = [System.IO.FileInfo]::new($full)
}

[pscustomobject]@{
    ImportId            = $final.ImportId
    Status              = $final.Status
    ServersCreatedCount = $final.ServersCreatedCount
    ServersModifiedCount = $final.ServersModifiedCount
    ApplicationsCreatedCount = $final.ApplicationsCreatedCount
    WavesCreatedCount   = $final.WavesCreatedCount
    ErrorCount          = $rows.Count
    ErrorReport         = $report
}
