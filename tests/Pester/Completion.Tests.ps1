# Tab completion as PowerShell's own TabExpansion2 offers it.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession

    function Get-Completion([string] $InputScript) {
        $result = TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length
        @($result.CompletionMatches | ForEach-Object CompletionText)
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe '-JobType' {
    It 'completes to Import and Export for <Command>' -ForEach @(
        @{ Command = 'New-IEJob' }
        @{ Command = 'Update-IEJob' }
    ) {
        $completions = Get-Completion "$Command -JobType "
        @($completions | Sort-Object) | Should -Be @('Export', 'Import')
    }

    It 'completes a prefix' {
        Get-Completion 'New-IEJob -JobType Ex' | Should -Be 'Export'
    }
}

Describe '-Region' {
    It 'offers the AWS Regions for <Command>' -ForEach @(
        @{ Command = 'Start-MGNImport' }
        @{ Command = 'Get-IEJob' }
    ) {
        $completions = Get-Completion "$Command -Region "
        $completions | Should -Contain 'us-east-1'
        $completions | Should -Contain 'eu-west-1'
    }

    It 'filters by prefix' {
        $completions = Get-Completion 'Start-MGNImport -Region eu-'
        $completions | Should -Contain 'eu-central-1'
        $completions | Where-Object { $_ -notlike 'eu-*' } | Should -BeNullOrEmpty
    }
}

Describe '-JobId' {
    BeforeAll {
        $job = New-IETestJob -JobType Import
        $listed = @(Get-IEJob)
    }

    It 'offers the job ids seen in this session for <Command>' -ForEach @(
        @{ Command = 'Get-IEJobStatus' }
        @{ Command = 'Stop-IEJob' }
        @{ Command = 'Update-IEJob' }
        @{ Command = 'Get-IEShippingLabel' }
    ) {
        $completions = Get-Completion "$Command -JobId "
        $completions | Should -Contain $job.JobId
        foreach ($summary in $listed) { $completions | Should -Contain $summary.JobId }
    }

    It 'filters by prefix' {
        $prefix = $job.JobId.Substring(0, [Math]::Min(2, $job.JobId.Length))
        $completions = Get-Completion "Get-IEJobStatus -JobId $prefix"
        $completions | Should -Contain $job.JobId
        $completions | Where-Object { $_ -notlike "$prefix*" } | Should -BeNullOrEmpty
    }
}

Describe '-ProfileName' {
    BeforeAll {
        $saved = @{ Credentials = $env:AWS_SHARED_CREDENTIALS_FILE; Config = $env:AWS_CONFIG_FILE }
        $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'credentials'
        $env:AWS_CONFIG_FILE = Join-Path $TestDrive 'config'
        [System.IO.File]::WriteAllText($env:AWS_SHARED_CREDENTIALS_FILE, "[from-credentials]`naws_access_key_id = AKIAIOSFODNN7EXAMPLE`naws_secret_access_key = x`n")
        [System.IO.File]::WriteAllText($env:AWS_CONFIG_FILE, "[default]`nregion = us-east-1`n[profile from-config]`nregion = eu-west-1`n")
    }
    AfterAll {
        $env:AWS_SHARED_CREDENTIALS_FILE = $saved.Credentials
        $env:AWS_CONFIG_FILE = $saved.Config
    }

    It 'offers the profiles of both shared files for <Command>' -ForEach @(
        @{ Command = 'Get-IEJob' }
        @{ Command = 'Start-MGNImport' }
    ) {
        $completions = Get-Completion "$Command -ProfileName "
        $completions | Should -Contain 'from-credentials'
        $completions | Should -Contain 'from-config'
        $completions | Should -Contain 'default'
    }
}

Describe '-ImportId' {
    It 'offers the imports seen in this session' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/completion.csv -Confirm:$false
        $completions = Get-Completion 'Get-MGNImport -ImportId '
        $completions | Should -Contain $task.ImportId
        (Get-Completion 'Wait-MGNImport -ImportId ') | Should -Contain $task.ImportId
    }
}
