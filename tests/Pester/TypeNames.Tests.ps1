<#
    The output types and enums can be named in PowerShell after Import-Module (issue 13, item 6): they live in
    ImportExport.Contracts.dll, beside ImportExport.dll in PowerShell's default load context, and the engine (in the
    module's own load context) returns instances of those very types.

    Imports the staged module (out/ImportExport, run `dotnet build` first) and starts the emulator from its build
    output (or `dotnet run`) through the Pester helpers, or uses IMPORTEXPORT_TEST_ENDPOINT when it is set.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Initialize-IETestSession -PreferBuilt

    $script:Manifest = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice -AccessKeyId AKIAIOSFODNN7EXAMPLE `
        -Name 'Jane Doe' -Street1 '123 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011-1111 -PhoneNumber 206-555-1111 -Country USA
    $script:Job = New-IEJob -JobType Import -Manifest $Manifest -Confirm:$false
}

AfterAll {
    Remove-Module ImportExport -Force -ErrorAction SilentlyContinue
    Stop-IETestEmulator -Emulator $script:Emulator
}

Describe 'Output types resolve by name' {
    It 'resolves <_>' -ForEach @(
        'ImportExport.IE.JobSummary', 'ImportExport.IE.JobStatus', 'ImportExport.IE.JobOverview', 'ImportExport.IE.CreatedJob',
        'ImportExport.IE.JobUpdate', 'ImportExport.IE.CanceledJob', 'ImportExport.IE.ShippingLabel', 'ImportExport.IE.Artifact',
        'ImportExport.IE.ArtifactList', 'ImportExport.IE.JobIdList', 'ImportExport.IE.JobType', 'ImportExport.Mgn.ImportTask',
        'ImportExport.Mgn.ImportError', 'ImportExport.Mgn.ImportStatus', 'ImportExport.Mgn.TagSet',
        'ImportExport.Manifest.ManifestIssue', 'ImportExport.Manifest.ManifestProblemKind'
    ) {
        ($_ -as [type]) | Should -Not -BeNullOrEmpty -Because "[$_] should resolve after Import-Module"
    }

    It 'names enum values and constants' {
        [ImportExport.IE.JobType]::Export | Should -Be 'Export'
        [ImportExport.Mgn.ImportStatus]::Succeeded | Should -Be 'SUCCEEDED'
    }

    It 'loads the output types in the default load context, once' {
        $contracts = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'ImportExport.Contracts' })
        $contracts.Count | Should -Be 1
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($contracts[0]).Name | Should -Be 'Default'
    }
}

Describe 'Cmdlet output is the named type' {
    It 'New-IEJob returns [ImportExport.IE.CreatedJob]' { $Job -is [ImportExport.IE.CreatedJob] | Should -BeTrue }
    It 'Get-IEJob returns [ImportExport.IE.JobSummary]' {
        @(Get-IEJob -First 1)[0] -is [ImportExport.IE.JobSummary] | Should -BeTrue
    }
    It 'Get-IEJob -IncludeStatus returns [ImportExport.IE.JobOverview]' {
        @(Get-IEJob -First 1 -IncludeStatus)[0] -is [ImportExport.IE.JobOverview] | Should -BeTrue
    }
    It 'Get-IEJobStatus returns [ImportExport.IE.JobStatus]' { (Get-IEJobStatus -JobId $Job.JobId) -is [ImportExport.IE.JobStatus] | Should -BeTrue }
    It 'Update-IEJob returns [ImportExport.IE.JobUpdate]' {
        (Update-IEJob -JobId $Job.JobId -JobType Import -Manifest $Manifest -Confirm:$false) -is [ImportExport.IE.JobUpdate] | Should -BeTrue
    }
    It 'Get-IEShippingLabel returns [ImportExport.IE.ShippingLabel] (its help example 5)' {
        $label = Get-IEShippingLabel -JobId $Job.JobId
        $label -is [ImportExport.IE.ShippingLabel] | Should -BeTrue
        @(@($label) | Where-Object { $_ -is [ImportExport.IE.ShippingLabel] }).Count | Should -Be 1
    }
    It 'Start-MGNImport and Get-MGNImport return [ImportExport.Mgn.ImportTask]' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/typenames.csv -Confirm:$false
        $task -is [ImportExport.Mgn.ImportTask] | Should -BeTrue
        (Get-MGNImport -ImportId $task.ImportId) -is [ImportExport.Mgn.ImportTask] | Should -BeTrue
    }
    It 'Test-IEManifest returns [ImportExport.Manifest.ManifestIssue]' {
        $issue = @(Test-IEManifest -Manifest 'manifestVersion: 2.0' -JobType Import)[0]
        $issue -is [ImportExport.Manifest.ManifestIssue] | Should -BeTrue
        [ImportExport.Manifest.ManifestProblemKind]$issue.Kind | Should -BeOfType [ImportExport.Manifest.ManifestProblemKind]
    }
    It 'Stop-IEJob -PassThru returns [ImportExport.IE.CanceledJob]' {
        $other = New-IEJob -JobType Import -Manifest $Manifest -Confirm:$false
        (Stop-IEJob -JobId $other.JobId -Force -PassThru) -is [ImportExport.IE.CanceledJob] | Should -BeTrue
    }
}

Describe 'Output objects read as their id' {
    It 'a job in a string is its JobId' {
        "$Job" | Should -Be $Job.JobId
        "$(Get-IEJobStatus -JobId $Job.JobId)" | Should -Be $Job.JobId
    }
    It 'a job piped to a string parameter is its JobId' {
        function Get-TestId { param([Parameter(ValueFromPipeline)] [string] $Id) process { $Id } }
        $Job | Get-TestId | Should -Be $Job.JobId
        $listed = @(Get-IEJob -First 1)[0]
        $listed | Get-TestId | Should -Be $listed.JobId
    }
    It 'an import in a string is its ImportId' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/typenames-id.csv -Confirm:$false
        "$task" | Should -Be $task.ImportId
    }
}

Describe 'Enums read as text' {
    It 'ConvertTo-Json writes JobType as text for <_>' -ForEach @('CreatedJob', 'JobStatus', 'JobSummary', 'JobOverview') {
        $object = switch ($_) {
            'CreatedJob' { $Job }
            'JobStatus' { Get-IEJobStatus -JobId $Job.JobId }
            'JobSummary' { @(Get-IEJob -First 1)[0] }
            'JobOverview' { @(Get-IEJob -First 1 -IncludeStatus)[0] }
        }
        ($object | ConvertTo-Json -Depth 3 | ConvertFrom-Json).JobType | Should -BeIn @('Import', 'Export')
    }
    It 'Export-Csv writes JobType as text' {
        (@(Get-IEJob -First 1) | ConvertTo-Csv | ConvertFrom-Csv).JobType | Should -BeIn @('Import', 'Export')
    }
    It 'ConvertTo-Json writes a manifest issue Kind as text' {
        (Test-IEManifest -Manifest 'manifestVersion: 2.0' -JobType Import | Select-Object -First 1 | ConvertTo-Json | ConvertFrom-Json).Kind |
            Should -BeIn @('Malformed', 'MissingField', 'InvalidField')
    }
    It 'compares with the enum' {
        $Job.JobType -eq [ImportExport.IE.JobType]::Import | Should -BeTrue
        [ImportExport.IE.JobType]$Job.JobType | Should -Be ([ImportExport.IE.JobType]::Import)
    }
}
