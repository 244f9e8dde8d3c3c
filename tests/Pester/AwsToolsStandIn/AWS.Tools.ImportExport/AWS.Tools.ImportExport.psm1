# A stand-in for AWS.Tools.ImportExport in the test tree: a function for each of its cmdlets (FunctionsToExport), with the parameters
# aws-tools-parameters.json records for it (names, aliases, types, positions, pipeline binding, ShouldProcess) and no
# AWS code. Nothing of it is written by hand (see ../AwsToolsStandIn.ps1), so it cannot drift from the reference. Each
# command returns what it was called with, so a test sees which module answered an unqualified name.
Set-StrictMode -Version 3.0

$script:StandInModule = 'AWS.Tools.ImportExport'
# The generator beside the module when a test packed one there, else the one of the test tree.
$generator = @((Join-Path $PSScriptRoot 'AwsToolsStandIn.ps1'), (Join-Path (Split-Path $PSScriptRoot) 'AwsToolsStandIn.ps1')) |
    Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
. $generator
$names = @((Import-PowerShellDataFile -LiteralPath (Join-Path $PSScriptRoot 'AWS.Tools.ImportExport.psd1')).FunctionsToExport)
. ([scriptblock]::Create((Get-AwsToolsStandInDefinition -ModuleBase $PSScriptRoot -CommandName $names) -join "`n"))
Export-ModuleMember -Function $names
