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
        $folder = Join-Path ([System.IO.Path]::GetTempPath()) ("ie-pester-profiles-" + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $folder
        Set-Content -Path (Join-Path $folder credentials) -Value "[from-credentials]`naws_access_key_id = AKIAIOSFODNN7EXAMPLE`naws_secret_access_key = x"
        Set-Content -Path (Join-Path $folder config) -Value "[profile from-config]`nregion = eu-west-1`n[sso-session corp]`nsso_region = eu-west-1"
        $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $folder credentials
        $env:AWS_CONFIG_FILE = Join-Path $folder config
    }

    AfterAll {
        $env:AWS_SHARED_CREDENTIALS_FILE = $saved.Credentials
        $env:AWS_CONFIG_FILE = $saved.Config
        Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
    }

    It 'offers the profiles of both shared files for <Command>' -ForEach @(
        @{ Command = 'Get-IEJob' }
        @{ Command = 'Start-MGNImport' }
    ) {
        $completions = Get-Completion "$Command -ProfileName "
        @($completions | Sort-Object) | Should -Be @('from-config', 'from-credentials')
    }

    It 'sees a file changed in this session' {
        Add-Content -Path $env:AWS_CONFIG_FILE -Value "[profile added-later]`nregion = eu-west-1"
        Get-Completion 'Get-IEJob -ProfileName added' | Should -Be 'added-later'
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
