<#
    What users see in a long session of a real pwsh (issue 13): dates outside UTC, confirmation, Ctrl+C.
    Self-contained (its own emulator and child pwsh), so it does not depend on TestHelpers.psm1. The time zone is set
    with TZ, which .NET honours on Linux and macOS only: the zone tests skip on Windows.
#>

BeforeAll {
    $root = (Resolve-Path (Join-Path (Join-Path $PSScriptRoot '..') '..')).Path
    $script:Module = [System.IO.Path]::Combine($root, 'out', 'ImportExport', 'ImportExport.psd1')
    $emulatorDll = [System.IO.Path]::Combine($root, 'src', 'ImportExport.Emulator', 'bin', 'Debug', 'net10.0', 'ImportExport.Emulator.dll')
    $start = New-Object System.Diagnostics.ProcessStartInfo
    $start.FileName = 'dotnet'
    $start.Arguments = '"' + $emulatorDll + '" --port 0'
    $start.RedirectStandardOutput = $true; $start.UseShellExecute = $false
    $script:Emulator = [System.Diagnostics.Process]::Start($start)
    do { $line = $script:Emulator.StandardOutput.ReadLine() } until ($null -eq $line -or $line -match '^https?://')
    $script:Url = $line.Trim()
    $script:Manifest = @"
manifestVersion: 2.0
accessKeyId: AKIAIOSFODNN7EXAMPLE
deviceId: "49382"
bucket: my-import-bucket
eraseDevice: yes
returnAddress:
  name: Jane Doe
  street1: 123 Any Street
  city: Anytown
  stateOrProvince: WA
  postalCode: 91011-1111
  phoneNumber: 206-555-1111
  country: USA
"@
    function Invoke-InZone([string] $Zone, [string] $Script) {
        $file = Join-Path ([System.IO.Path]::GetTempPath()) "ie-user-$([guid]::NewGuid().ToString('N')).ps1"
        Set-Content -LiteralPath $file -Value $Script
        $old = $env:TZ
        try {
            $env:TZ = $Zone
            # pwsh itself, or pwsh.dll under dotnet when it runs as the repository's dotnet tool.
            $exe = (Get-Process -Id $PID).Path
            $first = @()
            if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $first = @(Join-Path $PSHOME 'pwsh.dll') }
            & $exe @first -NoProfile -NonInteractive -File $file $script:Module $script:Url $script:Manifest
        } finally {
            $env:TZ = $old
            Remove-Item -LiteralPath $file
        }
    }
}

AfterAll {
    if ($script:Emulator -and -not $script:Emulator.HasExited) { $script:Emulator.Kill(); [void]$script:Emulator.WaitForExit(10000) }
}

Describe 'Dates in Asia/Tokyo' -Skip:([System.Environment]::OSVersion.Platform -eq 'Win32NT') {
    BeforeAll {
        $script:Report = Invoke-InZone 'Asia/Tokyo' @'
param($module, $endpoint, $manifest)
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
