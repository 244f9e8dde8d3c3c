<#
.SYNOPSIS
    Runs the emulator for a program that is not PowerShell (the bench): prints its URL as the first line, then keeps
    it running until this script's standard input is closed, and stops it.
.EXAMPLE
    dotnet pwsh -NoProfile -NonInteractive -File tests/Emulator/Start-IEEmulator.ps1 -Configuration Release --import-step-seconds 0
#>
[CmdletBinding()]
param(
    # The build of src/ImportExport.Emulator to run (see Start-IEEmulator in IEEmulator.psm1).
    [Parameter(Mandatory)] [string] $Configuration,
    # More emulator options, as the remaining arguments (--import-step-seconds 0).
    [Parameter(ValueFromRemainingArguments)] [string[]] $ArgumentList = @()
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'IEEmulator.psm1') -Force
$emulator = Start-IEEmulator -Configuration $Configuration -ArgumentList $ArgumentList
try {
    [Console]::Out.WriteLine($emulator.Url)
    [Console]::Out.Flush()
    # The caller holds our standard input open for as long as it needs the emulator.
    $null = [Console]::In.ReadToEnd()
}
finally {
    Stop-IEEmulator -Emulator $emulator
}
