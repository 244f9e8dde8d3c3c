<#
.SYNOPSIS
    MGN bulk edit end to end: every server of one application to another instance type, previewed before it is imported.
.DESCRIPTION
    The loop the MGN user guide documents ("Editing your configuration": export, edit, import the same file), with the
    steps around it that MGN itself does not have:
    1. Export-MGNInventory exports the region's inventory and downloads it to <WorkFolder>/exported.csv.
    2. PowerShell edits it: Import-Csv, the rows of -Application get -InstanceType in mgn:launch:instance-type,
       New-MGNImportFile writes them to <WorkFolder>/edited.csv (refusing a file Test-MGNImportFile would reject).
       The rows keep their mgn:server:id, so each one updates the server it came from.
    3. Compare-MGNImportFile says what the import would do, against the export, without importing anything; the
       preview goes to <WorkFolder>/preview.csv. Nothing to change, or a row that would fail: the runbook stops there.
    4. Start-MGNImport -Path uploads edited.csv and starts the import; Wait-MGNImport follows it to its end.
    5. When the import refused rows, Export-MGNImportFailedRow writes them to <WorkFolder>/failed.csv as they were in
       edited.csv (the original header), with an ImportError column saying what was wrong: fix and import it again.

    Against the local emulator (which moves exports and imports along every few seconds):
        dotnet run --project src/ImportExport.Emulator -- --port 5080 --import-step-seconds 1
        ./examples/Update-MgnInstanceTypeInBulk.ps1 -Application Billing -InstanceType m5.xlarge -S3Bucket my-import-bucket `
            -WorkFolder ./bulk -Region eu-west-1 -EndpointUrl http://127.0.0.1:5080 `
            -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
.OUTPUTS
    One object: Status (NOTHING_TO_CHANGE, PREVIEW_FAILED, or the import's SUCCEEDED/FAILED), the preview's counts
    (ServersToModify, RowsToFail), ImportId, the import's ServersModifiedCount, and the files written.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # The application (mgn:app:name) whose servers change.
    [Parameter(Mandatory)]
    [string] $Application,

    # The EC2 instance type to launch them as.
    [Parameter(Mandatory)]
    [string] $InstanceType,

    # The bucket MGN writes the export to and the edited file is uploaded to.
    [Parameter(Mandatory)]
    [string] $S3Bucket,

    # Where the export, the edited file, the preview and the failed rows are written (created when missing).
    [Parameter(Mandatory)]
    [string] $WorkFolder,

    [Parameter(Mandatory)]
    [string] $Region,

    # How long to wait for the export and for the import.
    [timespan] $Timeout = [timespan]::FromMinutes(30),

    # Seconds between checks (the default backs off from 1 s to 15 s).
    [double] $PollInterval,

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
$wait = @{ Timeout = $Timeout }
if ($PSBoundParameters.ContainsKey('PollInterval')) { $wait.PollInterval = $PollInterval }

$folder = (New-Item -ItemType Directory -Path $WorkFolder -Force).FullName
$stamp = [DateTime]::UtcNow.ToString('yyyyMMddTHHmmssZ')
$files = @{
    Exported = Join-Path $folder 'exported.csv'
    Edited   = Join-Path $folder 'edited.csv'
    Preview  = Join-Path $folder 'preview.csv'
    Failed   = Join-Path $folder 'failed.csv'
}

function New-Result([string] $Status, $Preview, $Final, $FailedReport) {
    [pscustomobject]@{
        Status               = $Status
        ServersToModify      = @($Preview | Where-Object { $_.Action -eq 'Modify' -and $_.ResourceType -eq 'Server' } | Sort-Object Id -Unique).Count
        RowsToFail           = @($Preview | Where-Object Action -eq 'Fail' | Sort-Object RowNumber -Unique).Count
        ImportId             = $Final.ImportId
        ServersModifiedCount = $Final.ServersModifiedCount
        ExportedFile         = Get-Item -LiteralPath $files.Exported
        EditedFile           = Get-Item -LiteralPath $files.Edited -ErrorAction SilentlyContinue
        PreviewFile          = Get-Item -LiteralPath $files.Preview -ErrorAction SilentlyContinue
        FailedRowsFile       = $FailedReport
    }
}

# 1. The inventory as it is now.
$null = Export-MGNInventory -Path $files.Exported -S3Bucket $S3Bucket -S3Key "exports/inventory-$stamp.csv" -Force @wait @aws

# 2. Every server of the application to the new instance type; the rows keep their ids.
$rows = @(Import-Csv -LiteralPath $files.Exported | Where-Object { $_.'mgn:app:name' -eq $Application -and $_.'mgn:server:id' })
if ($rows.Count -eq 0) { throw "The export has no server in application '$Application' in $Region." }
$null = $rows | ForEach-Object { $_ | Add-Member -NotePropertyName 'mgn:launch:instance-type' -NotePropertyValue $InstanceType -Force -PassThru } |
    New-MGNImportFile -Path $files.Edited -Force

# 3. What the import would do, before it does it.
$preview = @(Compare-MGNImportFile -LiteralPath $files.Edited -ReferencePath $files.Exported -Region $Region)
$preview | Export-Csv -LiteralPath $files.Preview -NoTypeInformation -Encoding utf8
if (@($preview | Where-Object Action -eq 'Fail').Count -gt 0) { return New-Result 'PREVIEW_FAILED' $preview $null $null }
if (@($preview | Where-Object Action -eq 'Modify').Count -eq 0) { return New-Result 'NOTHING_TO_CHANGE' $preview $null $null }

# 4. The import, followed to its end (Wait-MGNImport returns a FAILED import too, and reports it as an error).
$task = Start-MGNImport -Path $files.Edited -S3Bucket $S3Bucket -S3Key "imports/$Application-$stamp.csv" @aws
if (-not $task) { return }   # -WhatIf, or No at the prompt
$final = Wait-MGNImport -ImportId $task.ImportId @wait @aws -ErrorAction SilentlyContinue -ErrorVariable waitErrors
if (-not $final) { throw $waitErrors[0] }

# 5. The rows the import refused, back in their file with what was wrong, for whoever fixes them. Only when there are
#    errors: an import without any has no rows to write (Export-MGNImportFailedRow would warn and write nothing).
$report = $null
if (@(Get-MGNImportError -ImportId $task.ImportId @aws | Select-Object -First 1).Count -gt 0) {
    $report = Export-MGNImportFailedRow -ImportId $task.ImportId -Path $files.Failed -SourcePath $files.Edited -Force @aws
}

New-Result $final.Status $preview $final $report
