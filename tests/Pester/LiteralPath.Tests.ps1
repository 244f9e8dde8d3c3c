# -LiteralPath (issue 13) as users reach it: Get-ChildItem output piped into New-IEJob, Update-IEJob and
# Start-MGNImport binds by PSPath, and a name with [ ] is taken as written.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    $folder = Join-Path $TestDrive 'literal'
    $null = New-Item -ItemType Directory -Path $folder
    [System.IO.File]::WriteAllText((Join-Path $folder '[wave 1].yaml'), (New-IETestManifest -JobType Import))
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'Get-ChildItem | cmdlet -LiteralPath' {
    It 'New-IEJob reads the piped manifest file, brackets and all' {
        $job = Get-ChildItem -LiteralPath $folder -Filter *.yaml | New-IEJob -JobType Import -Confirm:$false
        $job.JobId | Should -Not -BeNullOrEmpty
        (New-IEJob -JobType Import -LiteralPath (Join-Path $folder '[wave 1].yaml') -ValidateOnly).ValidateOnly | Should -BeTrue
        (New-IEJob -JobType Import -ManifestPath (Join-Path $folder '`[wave 1`].yaml') -ValidateOnly).ValidateOnly | Should -BeTrue
    }

    It 'Update-IEJob takes the piped file for a job named by -JobId' {
        $job = New-IETestJob -JobType Import
        $update = Get-Item -LiteralPath (Join-Path $folder '[wave 1].yaml') | Update-IEJob -JobId $job.JobId -JobType Import -Confirm:$false
        $update.Success | Should -BeTrue
    }

    It 'Start-MGNImport uploads each piped inventory file under its own name' {
        $inventory = "mgn:wave:name`r`nWave 1`r`n"
        [System.IO.File]::WriteAllText((Join-Path $folder '[a].csv'), $inventory)
        [System.IO.File]::WriteAllText((Join-Path $folder 'b.csv'), $inventory)
        $tasks = @(Get-ChildItem -LiteralPath $folder -Filter *.csv | Sort-Object Name | Start-MGNImport -S3Bucket my-import-bucket -Confirm:$false)
        $tasks.S3Key | Should -Be @('[a].csv', 'b.csv')
    }
}
