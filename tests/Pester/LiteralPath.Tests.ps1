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

Describe 'Suggested commands can be pasted' {
    It 'the Get-ChildItem suggested for a -Path that matched several files runs as written, spaces and quotes kept' {
        $waves = Join-Path $TestDrive "it's waves"
        $null = New-Item -ItemType Directory -Path $waves
        foreach ($name in 'Wave 1.csv', 'Wave 2.csv') {
            [System.IO.File]::WriteAllText((Join-Path $waves $name), "mgn:wave:name`r`nWave 1`r`n")
        }

        $null = Start-MGNImport -Path (Join-Path $waves 'Wave *.csv') -S3Bucket my-import-bucket -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ImportFileAmbiguous,*'
        $suggested = ($failed[0].Exception.Message -split 'one at a time: ', 2)[1]
        $tokens = $null; $parseErrors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($suggested, [ref] $tokens, [ref] $parseErrors)
        $parseErrors | Should -BeNullOrEmpty
        $pipeline = $ast.EndBlock.Statements[0].PipelineElements
        $pipeline[1].GetCommandName() | Should -Be 'Start-MGNImport'
        # The first command of the suggestion, pasted, lists exactly the files the wildcard matched.
        $listed = @(Invoke-Expression $pipeline[0].Extent.Text)
        $listed.Name | Sort-Object | Should -Be @('Wave 1.csv', 'Wave 2.csv')
    }
}
