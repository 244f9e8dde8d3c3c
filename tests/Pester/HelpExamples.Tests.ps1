# Every example of `Get-Help <cmdlet> -Examples` runs as written against the emulator: what a reader copies must work.
#
# How an example is run:
# - Its code is the example's code block without the sample output printed in it (a paragraph with a table rule
#   "---- ----", or one that starts with "What if:", "Confirm" or "Directory:" is output, not input).
# - It runs in a fresh folder of its own (so .\file paths resolve there), after a setup block that gives it what the
#   reader is assumed to have: the manifest files it names, the $returnAddress/$manifest/$job variables earlier
#   examples of the same topic define, drives D:, E:, F: mapped to folders of the test, an emulator with the buckets
#   the help names, two jobs, two MGN imports and an export.
# - The emulator listens on a free port, not on the help's 127.0.0.1:5080 (test runs on one machine run at the same
#   time): the help's http://127.0.0.1:5080 is replaced with the emulator's URL, like the sample ids below.
# - The sample ids of the help (jobs K4T9Q, 8NXFZ; imports import-4c1a7f0e2b9d3a6c1, import-9f0b3e2d1c4a5b6e7;
#   export export-4c1a7f0e2b9d3a6c1) are
#   placeholders a reader replaces with their own; the test replaces them with the ids its setup created.
# - Any error fails the example, except those an example provokes on purpose (-ErrorVariable), listed below.
# - The AWS_* variables an example sets are restored after it; Start-Process and Start-Sleep are recorded, not run
#   (no PDF viewer is opened, no hour is waited).
# - An example whose sample output shows a confirmation prompt runs in a child pwsh whose user answers Y.
# - The inventory files the MGN examples import are real files, uploaded by the setup (Start-MGNImport -Path).

BeforeDiscovery {
    $manifestPath = [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'ImportExport', 'ImportExport.psd1')
    $examples = @()
    if (Test-Path -LiteralPath $manifestPath) {
        $module = Import-Module -Name $manifestPath -PassThru -Force
        foreach ($name in @($module.ExportedCmdlets.Keys | Sort-Object)) {
            $index = 0
            foreach ($example in @((Get-Help -Name $name -Examples).examples.example)) {
                $index++
                $examples += @{ Cmdlet = $name; Index = $index; Title = ($example.title -replace '^-+\s*|\s*-+$', ''); Code = [string]$example.code }
            }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $buckets = 'corp-mgn-inventory', 'corp-shared-inventory', 'corp-archive-2024', 'my-import-bucket', 'my-export-bucket', 'my-log-bucket'
    $emulatorArguments = @('--import-step-seconds', '1') + @($buckets | ForEach-Object { '--bucket', $_ })
    $emulator = Initialize-IETestSession -EmulatorArgumentList $emulatorArguments
    # The emulator the help names (Help.Tests checks the help says so); the examples are pointed at the real one.
    $helpEmulatorUrl = 'http://127.0.0.1:5080'

    # Errors an example provokes on purpose and collects with -ErrorVariable.
    $expectedErrors = @{
        'Get-MGNImportError #3' = 'ImportFailed*'
        'Wait-MGNImport #2'     = 'ImportFailed*'
        'Get-MGNExportError #2' = 'ExportFailed*'
    }

    function Get-ExampleInput([string] $Code) {
        $paragraphs = [regex]::Split($Code.Trim(), '(?:\r?\n){2,}')
        $kept = foreach ($paragraph in $paragraphs) {
            $output = $paragraph -match '(?m)^\s*-{3,}(\s+-{3,})*\s*$' -or $paragraph -match '^\s*(What if:|Confirm\b|Directory:)'
            if (-not $output) { $paragraph }
        }
        return ($kept -join "`n`n")
    }

    function Invoke-AdminPost([string] $Path) {
        $null = Invoke-RestMethod -Method Post -Uri "$($emulator.Url)/__admin/$Path"
    }

    function Initialize-ExampleWorld([string] $Folder) {
        foreach ($drive in 'D', 'E', 'F') {
            $root = Join-Path $Folder "drive-$drive"
            $null = New-Item -ItemType Directory -Path $root
            $null = New-PSDrive -Name $drive -PSProvider FileSystem -Root $root -Scope Global
        }
        $null = New-Item -ItemType Directory -Path (Join-Path $Folder 'drive-D/labels')
        $import = New-IETestManifest -JobType Import
        $export = New-IETestManifest -JobType Export
        foreach ($file in 'import-manifest.yaml', 'import-manifest-v2.yaml', 'manifest.yaml') { [System.IO.File]::WriteAllText((Join-Path $Folder $file), $import) }
        foreach ($file in 'export.yaml', 'export-fixed.yaml', 'export-manifest.yaml') { [System.IO.File]::WriteAllText((Join-Path $Folder $file), $export) }
        $inventory = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework`r`n" +
            "Wave 3,Billing,web-01,Linux,web-01.corp.example.com`r`nWave 3,Billing,db-01,Windows,db-01.corp.example.com`r`n"
        foreach ($file in 'wave1.csv', 'inventory.csv') { [System.IO.File]::WriteAllText((Join-Path $Folder $file), $inventory) }
        # An export of us-west-2 as MGN writes it (ids, read-only states) that the inventory files above differ from.
        [System.IO.File]::WriteAllText((Join-Path $Folder 'exported.csv'),
            "mgn:account-id,mgn:region,mgn:wave:id,mgn:wave:name,mgn:app:id,mgn:app:name,mgn:server:id,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework,mgn:server:lifecycle-state,mgn:launch:instance-type`r`n" +
            "111122223333,us-west-2,wave-0123456789abcdef0,Wave 3,app-0123456789abcdef0,Billing,s-0123456789abcdef0,web-01,Linux,web-01.old.example.com,READY_FOR_TEST,m5.large`r`n")
        $null = New-Item -ItemType Directory -Path (Join-Path $Folder 'manifests')
        [System.IO.File]::WriteAllText((Join-Path $Folder 'manifests/import.yaml'), $import)
        [System.IO.File]::WriteAllText((Join-Path $Folder 'manifests/export.yaml'), $export)

        $world = @{
            ImportJob = New-IETestJob -JobType Import
            ExportJob = New-IETestJob -JobType Export
            # Uploaded as well as imported: later imports of these keys read real files.
            ImportA   = Start-MGNImport -Path (Join-Path $Folder 'inventory.csv') -S3Bucket corp-mgn-inventory -S3Key waves/2025-03/inventory.csv -Region us-west-2 -Confirm:$false -ErrorAction Stop
            ImportB   = Start-MGNImport -Path (Join-Path $Folder 'inventory.csv') -S3Bucket corp-mgn-inventory -S3Key waves/2025-04/inventory.csv -Region us-west-2 -Confirm:$false -ErrorAction Stop
            ExportA   = Start-MGNExport -S3Bucket corp-mgn-inventory -S3Key exports/inventory.csv -Region us-west-2 -Confirm:$false -ErrorAction Stop
        }
        $null = Start-MGNImport -Path (Join-Path $Folder 'inventory.csv') -S3Bucket corp-mgn-inventory -S3Key inventory.csv -Confirm:$false -ErrorAction Stop
        return $world
    }

    function Remove-ExampleWorld {
        foreach ($drive in 'D', 'E', 'F') { Remove-PSDrive -Name $drive -Scope Global -ErrorAction SilentlyContinue }
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'The help examples' -ForEach @(@{ Codes = @($examples | ForEach-Object { $_.Code }) }) {
    It 'name the emulator at the URL the test replaces with its own' {
        @($Codes | Where-Object { $_.Contains($helpEmulatorUrl) }).Count | Should -BeGreaterThan 0 -Because 'examples show -EndpointUrl http://127.0.0.1:5080'
    }
}

Describe 'Get-Help <Cmdlet> example <Index>: <Title>' -ForEach $examples {
    BeforeAll {
        $key = "$Cmdlet #$Index"
        $folder = Join-Path $TestDrive "$Cmdlet-$Index"
        $null = New-Item -ItemType Directory -Path $folder
        $world = Initialize-ExampleWorld -Folder $folder
        # Not $code: PowerShell's names are case-insensitive, and $Code (the example as Get-Help shows it) is still needed.
        $typed = (Get-ExampleInput $Code).
            Replace('K4T9Q', $world.ImportJob.JobId).
            Replace('8NXFZ', $world.ExportJob.JobId).
            Replace('import-4c1a7f0e2b9d3a6c1', $world.ImportA.ImportId).
            Replace('import-9f0b3e2d1c4a5b6e7', $world.ImportB.ImportId).
            Replace('export-4c1a7f0e2b9d3a6c1', $world.ExportA.ExportId).
            Replace($helpEmulatorUrl, $emulator.Url)

        # What a reader of this topic has before they type the example: the variables earlier examples define.
        $setup = @'
$returnAddress = @{
    Name = 'Jane Roe'; Company = 'Example Corp'; PhoneNumber = '206-555-0100'
    Street1 = '123 Any Street'; City = 'Anytown'; StateOrProvince = 'WA'; PostalCode = '91011-1111'; Country = 'USA'
}
$manifest = [System.IO.File]::ReadAllText((Join-Path (Get-Location) 'export.yaml'))
$job = New-IEJob -JobType Import -ManifestPath .\import-manifest.yaml -Confirm:$false
$ConfirmPreference = 'None'    # the reader answers Yes when asked
function Start-Process { param([Parameter(ValueFromRemainingArguments)] $Arguments) $script:started += , $Arguments }
function Start-Sleep { param([Parameter(ValueFromRemainingArguments)] $Arguments) $script:slept += , $Arguments }
'@
        if ($key -eq 'Get-IEJobStatus #3') { Invoke-AdminPost "jobs/$($world.ImportJob.JobId)/advance?to=Returned" }
        if ($key -eq 'Wait-MGNImport #3') { Invoke-AdminPost "imports/$($world.ImportA.ImportId)/advance?to=SUCCEEDED" }
        if ($key -eq 'New-IEManifest #2') { Remove-Item -LiteralPath (Join-Path $folder 'export-manifest.yaml') -ErrorAction SilentlyContinue }
    }

    AfterAll {
        Remove-ExampleWorld
    }

    It 'runs as written' {
        # A help port left in the code would send the example to whatever listens there, not to this test's emulator.
        $typed | Should -Not -Match '(127\.0\.0\.1|localhost):5080\b' -Because "the help's emulator URL is replaced with this test's"

        if ($Code.Contains("`nConfirm")) {
            # The example asks: a child pwsh whose user answers Y.
        $lines = Invoke-IETestChildPowerShell -Script "Set-Location -LiteralPath '$($folder.Replace("'", "''"))'`n$typed" -Answer 'Y', 'Y'
        $text = $lines -join "`n"
        $text | Should -Match 'Are you sure|Confirm' -Because 'the example shows a prompt'
        $LASTEXITCODE | Should -Be 0 -Because $text
        $world.ImportJob.JobId | Get-IEJobStatus | ForEach-Object ProgressCode | Should -Be 'Canceled'
            return
        }

        $saved = @{}
        foreach ($variable in Get-ChildItem Env: | Where-Object Name -like 'AWS_*') { $saved[$variable.Name] = $variable.Value }
        Push-Location -LiteralPath $folder
        try {
            $ErrorActionPreference = 'Continue'
            $records = @(& ([scriptblock]::Create($setup + "`n" + $typed)) 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        }
        catch {
            $records = @($_)
        }
        finally {
            Pop-Location
            foreach ($variable in Get-ChildItem Env: | Where-Object Name -like 'AWS_*') {
                if (-not $saved.ContainsKey($variable.Name)) { Remove-Item -LiteralPath "Env:$($variable.Name)" }
            }
            foreach ($name in $saved.Keys) { Set-Item -LiteralPath "Env:$name" -Value $saved[$name] }
        }

        $allowed = $expectedErrors[$key]
        $unexpected = @($records | Where-Object { -not $allowed -or $_.FullyQualifiedErrorId -notlike $allowed })
        $unexpected | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty -Because "example $key must run as written:`n$typed"
    }
}
