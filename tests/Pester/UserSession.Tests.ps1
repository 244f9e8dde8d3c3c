<#
    What users see in a long session of a real pwsh (issue 13): dates outside UTC. The time zone is set with TZ, which
    .NET honours on Linux and macOS only: the zone tests skip on Windows.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession

    # Runs a script in a child pwsh (started as this one was, see PowerShellProcess.psm1) whose TZ is $Zone; the
    # script gets the module's path, the emulator's URL and a valid manifest as $module, $endpoint and $manifest.
    function Invoke-InZone([string] $Zone, [string] $Script) {
        $prefix = "`$module = $(ConvertTo-IETestLiteral (Get-IETestModuleManifest)); `$endpoint = $(ConvertTo-IETestLiteral $emulator.Url); " +
                  "`$manifest = $(ConvertTo-IETestLiteral (New-IETestManifest -JobType Import))`n"
        $old = $env:TZ
        try {
            $env:TZ = $Zone
            (Invoke-IETestChildPowerShell -Script ($prefix + $Script)) -join "`n"
        }
        finally {
            $env:TZ = $old
        }
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'Dates in Asia/Tokyo' -Skip:([System.Environment]::OSVersion.Platform -eq 'Win32NT') {
    BeforeAll {
        $script:Report = Invoke-InZone 'Asia/Tokyo' @'
$ErrorActionPreference = 'Stop'
Import-Module $module
$aws = @{ EndpointUrl = $endpoint; AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; Region = 'eu-west-1' }
$job = New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false
$csv = Join-Path ([IO.Path]::GetTempPath()) "jobs-$PID.csv"
Get-IEJob @aws | Export-Csv -LiteralPath $csv
[pscustomobject]@{
    Recent = @(Get-IEJob @aws | Where-Object CreationDate -gt (Get-Date).AddMinutes(-10) | Where-Object JobId -eq $job.JobId).Count
    Csv = Get-Content -LiteralPath $csv -Raw
    Json = Get-IEJobStatus -JobId $job.JobId @aws | Select-Object CreationDate, CreationDateUtc | ConvertTo-Json -Compress
} | ConvertTo-Json -Compress
Remove-Item -LiteralPath $csv
'@ | ConvertFrom-Json
    }

    It 'finds a job just created with Where-Object CreationDate -gt (Get-Date)' {
        $script:Report.Recent | Should -Be 1
    }

    It 'exports a CreationDateUtc column with Export-Csv' {
        $script:Report.Csv | Should -Match '"CreationDateUtc"'
    }

    It 'writes dates with their offset in ConvertTo-Json' {
        $script:Report.Json | Should -Match '\+09:00'
        $script:Report.Json | Should -Match 'Z"'
    }
}
