# The default view of every output type as a user sees it in a console of 80 and of 120 columns: the table header is
# one line of whole column names (no name wrapped or cut), the id an admin needs comes first and is shown whole, and
# Format-List * shows every property.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    if ($PSStyle) { $PSStyle.OutputRendering = 'PlainText' }

    $created = New-IETestJob -JobType Import
    $export = New-IETestJob -JobType Export
    $address = @{ Name = 'Jane Roe'; Street1 = '123 Any Street'; City = 'Anytown'; StateOrProvince = 'WA'; PostalCode = '91011'; Country = 'USA'; PhoneNumber = '206-555-0100' }
    $manifestFile = Join-Path $TestDrive 'bad.yaml'
    [System.IO.File]::WriteAllText($manifestFile, "manifestVersion: 3.0`naccessKeyId: AKIAIOSFODNN7EXAMPLE`ndeviceId: 1`nbucket: my-import-bucket`n")

    $outputs = @{
        'New-IEJob'              = @($created)
        'Get-IEJob'              = @(Get-IEJob)
        'Get-IEJob -IncludeStatus' = @(Get-IEJob -IncludeStatus)
        'Get-IEJobStatus'        = @(Get-IEJobStatus -JobId $created.JobId)
        'Update-IEJob'           = @(Update-IEJob -JobId $created.JobId -JobType Import -Manifest (New-IETestManifest) -Confirm:$false)
        'Get-IEShippingLabel'    = @(Get-IEShippingLabel -JobId $created.JobId, $export.JobId @address)
        'Stop-IEJob -PassThru'   = @(Stop-IEJob -JobId $export.JobId -Force -PassThru)
        'Start-MGNImport'        = @(Start-MGNImport -S3Bucket my-import-bucket -S3Key waves/2025-03/inventory-of-the-datacenter.csv -Region eu-west-1 -Confirm:$false)
        'Test-IEManifest'        = @(Test-IEManifest -Path $manifestFile)
    }

    function Get-TableHeader([string] $Text) {
        # The first non-empty line is the header; the next must be its rule of dashes (a wrapped header is not).
        $lines = @($Text -split '\r?\n' | Where-Object { $_.Trim() })
        return [pscustomobject]@{ Header = $lines[0]; Rule = $lines[1]; Lines = $lines }
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe '<Command> at <Width> columns' -ForEach @(
    foreach ($command in 'New-IEJob', 'Get-IEJob', 'Get-IEJob -IncludeStatus', 'Get-IEJobStatus', 'Update-IEJob', 'Get-IEShippingLabel', 'Stop-IEJob -PassThru', 'Start-MGNImport', 'Test-IEManifest') {
        foreach ($width in 80, 120) { @{ Command = $command; Width = $width } }
    }
) {
    BeforeAll {
        $objects = $outputs[$Command]
        $text = $objects | Out-String -Width $Width
        $table = Get-TableHeader $text
        # Column names: the properties, and the labels the view gives its computed columns.
        $labels = @(Get-FormatData -TypeName $objects[0].psobject.TypeNames[0] | ForEach-Object { $_.FormatViewDefinition } |
            ForEach-Object { $_.Control } | Where-Object { $_ -is [System.Management.Automation.TableControl] } |
            ForEach-Object { $_.Headers } | ForEach-Object { $_.Label } | Where-Object { $_ })
        $names = @($objects[0].psobject.Properties.Name) + $labels
    }

    It 'has output to show' {
        $objects.Count | Should -BeGreaterThan 0
    }

    It 'is a table whose header is one line of whole property names' {
        $table.Rule | Should -Match '^[\s-]+$' -Because "the line under the header is its rule, else the header wrapped:`n$text"
        foreach ($column in ($table.Header.Trim() -split '\s+')) {
            $names | Should -Contain $column -Because "every header is a whole property name:`n$text"
        }
    }

    It 'fits the width' {
        foreach ($line in $table.Lines) { $line.TrimEnd().Length | Should -BeLessOrEqual $Width }
    }

    It 'shows the id first, whole' {
        $first = ($table.Header.Trim() -split '\s+')[0]
        $first | Should -BeIn @('JobId', 'ImportId', 'Line', 'File', 'Path')
        $value = @($objects[0].$first) -join ', '
        if ($value) { $table.Lines[2] | Should -BeLike "*$value*" }
    }
}

Describe 'Format-List * of <Command>' -ForEach @(
    foreach ($command in 'New-IEJob', 'Get-IEJob', 'Get-IEJob -IncludeStatus', 'Get-IEJobStatus', 'Update-IEJob', 'Get-IEShippingLabel', 'Stop-IEJob -PassThru', 'Start-MGNImport', 'Test-IEManifest') { @{ Command = $command } }
) {
    It 'shows every property' {
        $object = $outputs[$Command][0]
        $text = $object | Format-List * | Out-String -Width 120
        foreach ($name in $object.psobject.Properties.Name) {
            $text | Should -Match "(?m)^$([regex]::Escape($name))\s+:" -Because "Format-List * lists $name"
        }
    }
}
