# Coming from AWS Tools for PowerShell, in a real shell: AWS Tools' property paths on our objects without changing what
# Export-Csv, ConvertTo-Json, Export-Clixml and the views show; both modules in one session, loaded in either order,
# with the stand-ins of tests/Pester/AwsToolsStandIn (AWS Tools' command names and parameters, no AWS code); and
# installing ours from a local repository next to an installed stand-in, as the README's "Coming from AWS Tools" says.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    $standIns = Join-Path $PSScriptRoot 'AwsToolsStandIn'
    $ours = Get-IETestModuleManifest

    function Invoke-SideBySide([string] $Script) {
        # A child pwsh that finds the stand-ins by name, as an installed AWS Tools would be found.
        $prologue = "`$ErrorActionPreference = 'Stop'; `$ProgressPreference = 'SilentlyContinue'; `$env:PSModulePath = '$standIns' + [System.IO.Path]::PathSeparator + `$env:PSModulePath`n"
        @(Invoke-PowerShellProcess -Script ($prologue + $Script))
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'AWS Tools property paths on our output objects' {
    BeforeAll {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key paths.csv -Region eu-west-1 -Confirm:$false
        $importError = [ImportExport.Mgn.ImportError]@{ ImportId = 'import-1'; RowNumber = 3; RawError = 'bad platform'; ErrorType = 'VALIDATION_ERROR' }
        $taskColumns = @([ImportExport.Mgn.ImportTask].GetProperties().Name)
        $errorColumns = @([ImportExport.Mgn.ImportError].GetProperties().Name)
    }

    It 'answers $t.S3BucketSource.S3Bucket, $t.Summary.Servers.CreatedCount and $e.ErrorData.RawError' {
        $task.ImportID | Should -Be $task.ImportId
        $task.S3BucketSource.S3Bucket | Should -Be 'my-import-bucket'
        $task.S3BucketSource.S3Key | Should -Be 'paths.csv'
        $task.Summary.Servers.CreatedCount | Should -Be 0
        $importError.ErrorData.RawError | Should -Be 'bad platform'
        $importError.ErrorData.RowNumber | Should -Be 3
    }

    It 'leaves Export-Csv with the same columns, none of them a type name' {
        $csv = Join-Path $TestDrive 'tasks.csv'
        $task | Export-Csv -LiteralPath $csv -NoTypeInformation
        $importError | Export-Csv -LiteralPath (Join-Path $TestDrive 'errors.csv') -NoTypeInformation
        @((Import-Csv -LiteralPath $csv)[0].psobject.Properties.Name) | Should -Be $taskColumns
        @((Import-Csv -LiteralPath (Join-Path $TestDrive 'errors.csv'))[0].psobject.Properties.Name) | Should -Be $errorColumns
        Get-Content -LiteralPath $csv -Raw | Should -Not -Match 'ImportExport\.AwsTools|@\{'
    }

    It 'leaves ConvertTo-Json, Select-Object *, Format-List * and Get-Member as they were' {
        ($task | ConvertTo-Json -Depth 3) | Should -Not -Match 'S3BucketSource|Summary'
        ($importError | ConvertTo-Json) | Should -Not -Match 'ErrorData'
        @(($task | Select-Object *).psobject.Properties.Name) | Should -Be $taskColumns
        ($task | Format-List * | Out-String) | Should -Not -Match 'S3BucketSource|Summary'
        @($task | Get-Member -MemberType Properties | ForEach-Object Name) | Should -Not -Contain 'Summary'
    }

    It 'leaves the default table view as it was' {
        $header = ($task | Format-Table | Out-String -Width 120) -split "`n" | Where-Object { $_ -match '\S' } | Select-Object -First 1
        $header | Should -Match '^ImportId\s+Status\s+Progress\s+CreationDateTime\s+S3Source\s*$'
    }

    It 'leaves Export-Clixml / Import-Clixml with the same properties and values' {
        $path = Join-Path $TestDrive 'task.xml'
        $task | Export-Clixml -LiteralPath $path
        $back = Import-Clixml -LiteralPath $path
        @($back.psobject.Properties.Name) | Should -Be $taskColumns
        $back.ImportId | Should -Be $task.ImportId
        $back.Tags.Count | Should -Be $task.Tags.Count
        (Get-Content -LiteralPath $path -Raw) | Should -Not -Match 'S3BucketSource'
    }

    It 'adds exactly the properties -Select walks, each hidden' {
        $hidden = foreach ($name in 'ImportExport.Mgn.ImportTask', 'ImportExport.Mgn.ImportError') {
            $sample = if ($name -like '*Task') { $task } else { $importError }
            $visible = @($sample | Get-Member | ForEach-Object Name)
            $all = @($sample | Get-Member -Force | ForEach-Object Name)
            (Get-TypeData $name).Members.Keys | Where-Object { $_ -notin $visible -and $_ -in $all } | ForEach-Object { "$name.$_" }
        }
        $walked = foreach ($type in [ImportExport.Mgn.ImportTask], [ImportExport.Mgn.ImportError]) {
            [ImportExport.PowerShell.AwsToolsSelect]::ShapedPropertiesOf($type) | ForEach-Object { "$($type.FullName).$_" }
        }
        @($hidden | Sort-Object) | Should -Be @($walked | Sort-Object)
        @($hidden).Count | Should -Be 3
    }

    It 'serializes exactly the CLR properties (PropertySerializationSet follows the types)' {
        foreach ($type in [ImportExport.Mgn.ImportTask], [ImportExport.Mgn.ImportError]) {
            $set = (Get-TypeData $type.FullName).PropertySerializationSet.ReferencedProperties
            @($set) | Should -Be @($type.GetProperties().Name) -Because "$($type.Name) gains or loses a property: list it in ImportExport.Types.ps1xml"
        }
    }
}

Describe 'The stand-ins' {
    It 'declare each parameter of <Module> as aws-tools-parameters.json records it: name, aliases, position, pipeline' -ForEach @(
        @{ Module = 'AWS.Tools.ImportExport' }, @{ Module = 'AWS.Tools.Mgn' }
    ) {
        $reference = Get-Content -LiteralPath ([System.IO.Path]::Combine((Get-IETestRepositoryRoot), 'tests', 'ImportExport.Tests', 'Cmdlets', 'AwsTools', 'aws-tools-parameters.json')) -Raw | ConvertFrom-Json
        # A prefix keeps the stand-in's functions from shadowing ours for the rest of this file.
        $module = Import-Module (Join-Path $standIns "$Module/$Module.psd1") -Prefix StandIn -PassThru -Force
        try {
            $names = @((Import-PowerShellDataFile -LiteralPath (Join-Path $standIns "$Module/$Module.psd1")).FunctionsToExport)
            @($module.ExportedFunctions.Keys | Sort-Object) | Should -Be @($names | ForEach-Object { $_ -replace '-', '-StandIn' } | Sort-Object)
            foreach ($name in $names) {
                $function = $module.ExportedFunctions[($name -replace '-', '-StandIn')]
                foreach ($declared in @($reference.cmdlets.$name.parameters) + @($reference.common)) {
                    $parameter = $function.Parameters[$declared.name]
                    $parameter | Should -Not -BeNullOrEmpty -Because "$name declares -$($declared.name)"
                    $attribute = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] } | Select-Object -First 1
                    @($parameter.Aliases | Sort-Object) | Should -Be @(@($declared.aliases) | Sort-Object) -Because "$name -$($declared.name)"
                    $position = if ($null -eq $declared.position) { [int]::MinValue } else { $declared.position }
                    $attribute.Position | Should -Be $position -Because "$name -$($declared.name)"
                    $attribute.ValueFromPipeline | Should -Be ([bool]$declared.pipeline) -Because "$name -$($declared.name)"
                    $attribute.ValueFromPipelineByPropertyName | Should -Be ([bool]$declared.byPropertyName) -Because "$name -$($declared.name)"
                }
            }
        }
        finally {
            Remove-Module $module
        }
    }
}

Describe 'Both modules in one session' {
    # The stand-ins are script modules (functions); AWS Tools' modules are binary, like ours (cmdlets). PowerShell runs an
    # alias before a function before a cmdlet, and of two cmdlets of one name the one imported last.
    It 'reaches ours as ImportExport\<name> and the stand-in unqualified (a function), in either order (<Order>)' -ForEach @(
        @{ Order = 'ours first'; Imports = "Import-Module '{OURS}'; Import-Module AWS.Tools.Mgn, AWS.Tools.ImportExport" }
        @{ Order = 'stand-ins first'; Imports = "Import-Module AWS.Tools.Mgn, AWS.Tools.ImportExport; Import-Module '{OURS}'" }
    ) {
        $output = Invoke-SideBySide @"
$($Imports.Replace('{OURS}', $ours))
'START=' + (Get-Command Start-MGNImport).ModuleName
'GETJOB=' + (Get-Command Get-IEJob).ModuleName
`$t = ImportExport\Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key side.csv -Region eu-west-1 -Confirm:`$false
'OURS=' + `$t.GetType().FullName + ' ' + `$t.S3BucketSource.S3Key
'THEIRS=' + (AWS.Tools.Mgn\Start-MGNImport -S3BucketSource_S3Bucket b -S3BucketSource_S3Key k.csv -AWSProfileName ops).Module
'JOBS=' + (ImportExport\Get-IEJob -MaxJob 1 -Select *).GetType().FullName
"@
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $output | Should -Contain 'START=AWS.Tools.Mgn'
        $output | Should -Contain 'GETJOB=AWS.Tools.ImportExport'
        $output | Should -Contain 'OURS=ImportExport.Mgn.ImportTask side.csv'
        $output | Should -Contain 'THEIRS=AWS.Tools.Mgn'
        $output | Should -Contain 'JOBS=ImportExport.AwsTools.ListJobsResponse'
    }

    It 'runs the cmdlet imported last when both are cmdlets, as with AWS Tools'' binary modules (<Order>)' -ForEach @(
        @{ Order = 'ours last'; OursLast = $true; Expected = 'ImportExport' }
        @{ Order = 'stand-in last'; OursLast = $false; Expected = 'stand-in' }
    ) {
        # A cmdlet stand-in compiled in the child: Start-MGNImport with AWS Tools' two S3 parameters.
        $standIn = @'
Add-Type -TypeDefinition 'using System.Management.Automation; [Cmdlet("Start", "MGNImport", SupportsShouldProcess = true)] public sealed class StandInStartMgnImport : PSCmdlet { [Parameter(Position = 0)] public string S3BucketSource_S3Bucket { get; set; } [Parameter] public string S3BucketSource_S3Key { get; set; } [Parameter] public string RegionToCall { get; set; } [Parameter] public SwitchParameter Force { get; set; } protected override void ProcessRecord() { WriteObject("stand-in"); } }' -PassThru | Select-Object -First 1 | ForEach-Object { Import-Module -Assembly $_.Assembly }
'@
        $importOurs = "Import-Module '$ours'"
        $output = Invoke-SideBySide @"
$(if ($OursLast) { $standIn + "`n" + $importOurs } else { $importOurs + "`n" + $standIn })
`$r = Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key waves/w1.csv -RegionToCall eu-west-1 -Force
'RAN=' + `$(if (`$r -is [string]) { `$r } else { (Get-Command Start-MGNImport).ModuleName + ' ' + `$r.S3BucketSource.S3Bucket + '/' + `$r.S3BucketSource.S3Key })
'QUALIFIED=' + (ImportExport\Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key q.csv -RegionToCall eu-west-1 -Select ImportTask.S3BucketSource.S3Key -Force)
"@
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        if ($OursLast) { $output | Should -Contain 'RAN=ImportExport my-import-bucket/waves/w1.csv' } else { $output | Should -Contain 'RAN=stand-in' }
        $output | Should -Contain 'QUALIFIED=q.csv'
    }

    It 'runs ours for AWS Tools'' other names once the README''s aliases are set, before a stand-in of those names' {
        # The README's own opt-in block, run as a user pastes it.
        $readme = Get-Content -LiteralPath (Join-Path (Get-IETestRepositoryRoot) 'README.md') -Raw
        $optIn = [regex]::Match($readme, '(?s)opt in per session.*?```powershell\r?\n(.*?)```').Groups[1].Value
        $optIn | Should -Match 'Get-MGNExportErrorList'
        $output = Invoke-SideBySide @"
Import-Module AWS.Tools.ImportExport, AWS.Tools.Mgn; Import-Module '$ours'
$optIn
`$job = ImportExport\New-IEJob -JobType Import -Manifest (New-IEManifest -JobType Import -DeviceId 4711 -Bucket my-import-bucket -Name 'Jane Roe' -Street1 '1 Main St' -City Anytown -StateOrProvince WA -PostalCode 98101 -Country USA -PhoneNumber 206-555-0100) -Confirm:`$false
'STATUS=' + (Get-IEStatus -JobId `$job.JobId).GetType().FullName
`$t = ImportExport\Start-MGNImport -S3Bucket my-import-bucket -S3Key alias.csv -Region eu-west-1 -Confirm:`$false
'LIST=' + @(Get-MGNImportList -ImportId `$t.ImportId -Region eu-west-1)[0].GetType().FullName
'ERRORS=' + @(Get-MGNImportErrorList -ImportID `$t.ImportId -Region eu-west-1).Count
`$x = ImportExport\Start-MGNExport -S3Bucket my-export-bucket -S3Key alias-export.csv -Region eu-west-1 -Confirm:`$false
'EXPORTS=' + @(Get-MGNExportList -ExportId `$x.ExportId -Region eu-west-1)[0].GetType().FullName
'EXPORTERRORS=' + @(Get-MGNExportErrorList -ExportID `$x.ExportId -Region eu-west-1).Count
'RESOLVED=' + ((Get-Command Get-IEStatus, Get-MGNImportList, Get-MGNImportErrorList, Get-MGNExportList, Get-MGNExportErrorList | ForEach-Object { `$_.ResolvedCommand.Name }) -join ',')
"@
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $output | Should -Contain 'STATUS=ImportExport.IE.JobStatus'
        $output | Should -Contain 'LIST=ImportExport.Mgn.ImportTask'
        $output | Should -Contain 'ERRORS=0'
        $output | Should -Contain 'EXPORTS=ImportExport.Mgn.ExportTask'
        $output | Should -Contain 'EXPORTERRORS=0'
        $output | Should -Contain 'RESOLVED=Get-IEJobStatus,Get-MGNImport,Get-MGNImportError,Get-MGNExport,Get-MGNExportError'
    }

    It 'defines none of AWS Tools'' other names by itself: a fresh session with ours reaches the stand-ins'' functions' {
        $output = Invoke-SideBySide @"
Import-Module '$ours'
'OURS=' + ((Get-Module ImportExport).ExportedAliases.Count)
'ALIASES=' + @(Get-Alias -Name Get-IEStatus, Get-MGNImportList, Get-MGNImportErrorList, Get-MGNExportList, Get-MGNExportErrorList -ErrorAction SilentlyContinue).Count
'FROM=' + ((Get-Command Get-IEStatus, Get-MGNImportList, Get-MGNImportErrorList, Get-MGNExportList, Get-MGNExportErrorList | ForEach-Object { `$_.CommandType.ToString() + ':' + `$_.ModuleName } | Sort-Object -Unique) -join ',')
"@
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $output | Should -Contain 'OURS=0'
        $output | Should -Contain 'ALIASES=0'
        $output | Should -Contain 'FROM=Function:AWS.Tools.ImportExport,Function:AWS.Tools.Mgn'
    }
}
