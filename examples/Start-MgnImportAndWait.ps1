<#
.SYNOPSIS
    From the inventory file to the import's errors: check, upload, import, wait, errors to CSV.
.DESCRIPTION
    0. With -Path: Test-MGNImportFile checks the local file first. Its problems have the shape of Get-MGNImportError
       rows, so when there are any they go to -ErrorReportPath like an import's errors and nothing is uploaded.
       Otherwise Start-MGNImport -Path uploads the file to -S3Bucket (-S3Key, or the file's name) and starts the import.
    1. Without -Path, Start-MGNImport starts the import of an object already in S3; its client token makes a rerun after a network failure safe (it is printed
       on the verbose stream and in the error record).
    2. Wait-MGNImport follows it with a progress bar until SUCCEEDED or FAILED, or until -Timeout.
    3. When the import failed, or succeeded with row errors, Get-MGNImportError lists them; with -ErrorReportPath
       they are written there as CSV for whoever fixes the inventory.

    Against the local emulator (which moves imports along every few seconds):
        dotnet run --project src/ImportExport.Emulator -- --port 5080 --import-step-seconds 1
        ./examples/Start-MgnImportAndWait.ps1 -Path ./wave1.csv -S3Bucket my-import-bucket -S3Key inventory/wave1.csv -Region eu-west-1 `
            -EndpointUrl http://127.0.0.1:5080 -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
.OUTPUTS
    One object: ImportId, Status (CHECK_FAILED when the local check refused the file), the created/modified counts,
    ErrorCount, ErrorReport (FileInfo or $null).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string] $S3Bucket,

    # The object's key; with -Path the file's name when absent.
    [string] $S3Key,

    # A local inventory file to check and upload before the import.
    [string] $Path,

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

function Write-Report($rows) {
    if ($rows.Count -eq 0 -or -not $ErrorReportPath) { return $null }
    $full = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($ErrorReportPath)
    $rows | Export-Csv -LiteralPath $full -NoTypeInformation -Encoding utf8
    [System.IO.FileInfo]::new($full)
}

$source = @{ S3Bucket = $S3Bucket }
if ($S3Key) { $source.S3Key = $S3Key }
if ($Path) {
    $problems = @(Test-MGNImportFile -LiteralPath $Path)
    if ($problems.Count -gt 0) {
        return [pscustomobject]@{
            ImportId = $null; Status = 'CHECK_FAILED'; ServersCreatedCount = $null; ServersModifiedCount = $null
            ApplicationsCreatedCount = $null; WavesCreatedCount = $null; ErrorCount = $problems.Count; ErrorReport = Write-Report $problems
        }
    }
    $source.Path = $Path
}
elseif (-not $S3Key) { throw 'Give -S3Key (an object already in S3) or -Path (a local file to check and upload).' }

$task = Start-MGNImport @source -Tag $Tag @aws
if (-not $task) { return }   # -WhatIf, or No at the prompt

$wait = @{ ImportId = $task.ImportId; Timeout = $Timeout }
if ($PSBoundParameters.ContainsKey('PollInterval')) { $wait.PollInterval = $PollInterval }

# Wait-MGNImport returns the final import, FAILED too (a FAILED one is also an error); keep going to report its rows.
$final = Wait-MGNImport @wait @aws -ErrorAction SilentlyContinue -ErrorVariable waitErrors
if (-not $final) { throw $waitErrors[0] }   # timed out, or could not ask: nothing more to report

$rows = @(Get-MGNImportError -ImportId $task.ImportId @aws)
$report = Write-Report $rows

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
