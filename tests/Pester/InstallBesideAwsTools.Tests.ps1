# Installing ImportExport next to an installed AWS.Tools.Mgn and AWS.Tools.ImportExport, as the README's "Installing
# next to AWS Tools" says: the package of `./build.ps1 Package` (out/packages) and the stand-ins of AwsToolsStandIn
# (AWS Tools' command names, no AWS code) in one temporary local repository, installed with PSResourceGet's
# Install-PSResource and PowerShellGet 2's Install-Module (both ship with PowerShell 7), each in a child PowerShell with
# a fresh home (Invoke-IETestInSandbox), so no repository list, module folder or setting of the user's is touched.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $root = Get-IETestRepositoryRoot
    $version = (Import-PowerShellDataFile -LiteralPath (Join-Path $root 'ImportExport.psd1')).ModuleVersion
    $nupkg = [System.IO.Path]::Combine($root, 'out', 'packages', "ImportExport.$version.nupkg")
    if (-not (Test-Path -LiteralPath $nupkg)) {
        throw "$nupkg does not exist: run ./build.ps1 Package (./build.ps1 Test does) before these tests."
    }
    $standIns = Join-Path $PSScriptRoot 'AwsToolsStandIn'
    $ourCommands = @((Import-PowerShellDataFile -LiteralPath (Join-Path $root 'ImportExport.psd1')).CmdletsToExport)

    # Two local repositories (folders): ours, and the stand-ins packed by PSResourceGet. Two, because PSResourceGet
    # 1.2's folder repositories find a package by file name pattern: asked for ImportExport in a folder that also holds
    # AWS.Tools.ImportExport.5.0.0.nupkg, Install-PSResource fails to read a version from that file's name.
    $repository = Join-Path $TestDrive 'aws-tools'
    $ourRepository = Join-Path $TestDrive 'ours'
    $null = New-Item -ItemType Directory -Path $repository, $ourRepository
    Copy-Item -LiteralPath $nupkg -Destination $ourRepository
    # A stand-in packed with what it reads when it is imported (its generator and AWS Tools' declarations), since once
    # installed it is away from the test tree.
    $packed = Join-Path $TestDrive 'stand-ins'
    foreach ($name in 'AWS.Tools.Mgn', 'AWS.Tools.ImportExport') {
        $null = New-Item -ItemType Directory -Path (Join-Path $packed $name) -Force
        Copy-Item -Path (Join-Path $standIns "$name/*"), (Join-Path $standIns 'AwsToolsStandIn.ps1'),
            ([System.IO.Path]::Combine($root, 'tests', 'ImportExport.Tests', 'Cmdlets', 'AwsTools', 'aws-tools-parameters.json')) -Destination (Join-Path $packed $name)
    }
    $publishOutput = Invoke-IETestInSandbox -HomePath (Join-Path $TestDrive 'publisher') -Script @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Register-PSResourceRepository -Name StandIns -Uri '$repository' -Trusted
Publish-PSResource -Path '$(Join-Path $packed 'AWS.Tools.Mgn')' -Repository StandIns
Publish-PSResource -Path '$(Join-Path $packed 'AWS.Tools.ImportExport')' -Repository StandIns
"@
    $publishExit = $LASTEXITCODE
    if ($publishExit -ne 0) { throw "Packing the stand-ins failed: $($publishOutput -join "`n")" }

    # What a session of the sandbox sees afterwards: the installed modules, and which module each name runs.
    $report = @'
'INSTALLED=' + ((Get-Module -ListAvailable AWS.Tools.Mgn, AWS.Tools.ImportExport, ImportExport | ForEach-Object Name | Sort-Object -Unique) -join ',')
$standInFiles = Get-Module -ListAvailable AWS.Tools.Mgn, AWS.Tools.ImportExport | ForEach-Object { Get-ChildItem -LiteralPath $_.ModuleBase -File } | Get-FileHash | ForEach-Object Hash
'STANDINHASH=' + ($standInFiles -join '')
'@
}

Describe 'Install-PSResource ImportExport next to installed AWS Tools modules' {
    BeforeAll {
        $output = Invoke-IETestInSandbox -HomePath (Join-Path $TestDrive 'psresourceget') -Script @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Register-PSResourceRepository -Name AwsTools -Uri '$repository' -Trusted
Register-PSResourceRepository -Name Ours -Uri '$ourRepository' -Trusted
Install-PSResource -Name AWS.Tools.Mgn, AWS.Tools.ImportExport -Repository AwsTools -Scope CurrentUser -TrustRepository -Quiet
$report
'STANDINHASHBEFORE=' + (`$standInFiles -join '')
try {
    Install-PSResource -Name ImportExport -Repository Ours -Scope CurrentUser -TrustRepository -Quiet -NoClobber -ErrorAction Stop
    'NOCLOBBER=installed'
}
catch { 'NOCLOBBER=' + `$_.FullyQualifiedErrorId + ' ' + `$_.Exception.Message }
'AFTERNOCLOBBER=' + ((Get-InstalledPSResource -Scope CurrentUser | ForEach-Object Name | Sort-Object) -join ',')
Install-PSResource -Name ImportExport -Repository Ours -Scope CurrentUser -TrustRepository -Quiet
$report
Import-Module AWS.Tools.Mgn, ImportExport
'QUALIFIED=' + (Get-Command ImportExport\Start-MGNImport).CommandType + ' ' + (Get-Command AWS.Tools.Mgn\Start-MGNImport).CommandType
"@
        $exit = $LASTEXITCODE
        function Get-Reported([string] $Key, [int] $Occurrence = 0) {
            @($output | Where-Object { $_.StartsWith("$Key=") } | ForEach-Object { $_.Substring($Key.Length + 1) })[$Occurrence]
        }
    }

    It 'refuses with -NoClobber (CommandAlreadyExists), naming commands an installed package already has, and installs nothing' {
        $exit | Should -Be 0 -Because ($output -join "`n")
        $refusal = Get-Reported 'NOCLOBBER'
        $refusal | Should -BeLike 'CommandAlreadyExists,*'
        # It stops at the first installed package with a clash and names that package's clashing commands.
        $refusal | Should -Match "already available on this system: '[^']*(New-IEJob|Start-MGNImport)"
        $refusal | Should -Match 'remove the -NoClobber parameter'
        Get-Reported 'AFTERNOCLOBBER' | Should -Be 'AWS.Tools.ImportExport,AWS.Tools.Mgn'
    }

    It 'installs without -NoClobber and asks nothing, leaving the AWS Tools modules installed and unchanged' {
        $exit | Should -Be 0 -Because ($output -join "`n")
        Get-Reported 'INSTALLED' 1 | Should -Be 'AWS.Tools.ImportExport,AWS.Tools.Mgn,ImportExport'
        Get-Reported 'STANDINHASH' 1 | Should -Be (Get-Reported 'STANDINHASHBEFORE')
    }

    It 'imports both by name, each Start-MGNImport reached by its module-qualified name' {
        Get-Reported 'QUALIFIED' | Should -Be 'Cmdlet Function'
    }

    It 'has names in common with AWS Tools: the seven the README lists' {
        $shared = @(Get-Content -LiteralPath (Join-Path $standIns 'AWS.Tools.Mgn/AWS.Tools.Mgn.psd1'), (Join-Path $standIns 'AWS.Tools.ImportExport/AWS.Tools.ImportExport.psd1') -Raw |
                ForEach-Object { [regex]::Matches($_, "PSCommand_([\w-]+)") } | ForEach-Object { $_.Groups[1].Value } | Where-Object { $_ -in $ourCommands })
        @($shared | Sort-Object) | Should -Be @('Get-IEJob', 'Get-IEShippingLabel', 'New-IEJob', 'Start-MGNExport', 'Start-MGNImport', 'Stop-IEJob', 'Update-IEJob')
    }
}

Describe 'Install-Module (PowerShellGet 2) ImportExport next to installed AWS Tools modules' {
    BeforeAll {
        $output = Invoke-IETestInSandbox -HomePath (Join-Path $TestDrive 'powershellget') -Script @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Import-Module PowerShellGet -MaximumVersion 2.99
'POWERSHELLGET=' + (Get-Module PowerShellGet).Version
Register-PSRepository -Name AwsTools -SourceLocation '$repository' -InstallationPolicy Trusted
Register-PSRepository -Name Ours -SourceLocation '$ourRepository' -InstallationPolicy Trusted
Install-Module -Name AWS.Tools.Mgn, AWS.Tools.ImportExport -Repository AwsTools -Scope CurrentUser
$report
'STANDINHASHBEFORE=' + (`$standInFiles -join '')
try {
    Install-Module -Name ImportExport -Repository Ours -Scope CurrentUser -ErrorAction Stop
    'PLAIN=installed'
    Uninstall-Module -Name ImportExport
}
catch { 'PLAIN=' + `$_.FullyQualifiedErrorId + ' ' + `$_.Exception.Message }
'AFTERPLAIN=' + ((Get-InstalledModule | ForEach-Object Name | Sort-Object) -join ',')
Install-Module -Name ImportExport -Repository Ours -Scope CurrentUser -AllowClobber
$report
"@
        $exit = $LASTEXITCODE
        function Get-Reported([string] $Key, [int] $Occurrence = 0) {
            @($output | Where-Object { $_.StartsWith("$Key=") } | ForEach-Object { $_.Substring($Key.Length + 1) })[$Occurrence]
        }
    }

    It 'is PowerShellGet 2 as PowerShell ships it' {
        $exit | Should -Be 0 -Because ($output -join "`n")
        ([version](Get-Reported 'POWERSHELLGET')).Major | Should -Be 2
    }

    # PowerShellGet 2 checks for commands already available only on Windows (beside its Authenticode check); on Linux
    # and macOS it installs without the check.
    It 'without -AllowClobber: on Windows refuses (CommandAlreadyAvailable), elsewhere installs' {
        $exit | Should -Be 0 -Because ($output -join "`n")
        $plain = Get-Reported 'PLAIN'
        if ([Environment]::OSVersion.Platform -eq 'Win32NT') {
            $plain | Should -BeLike 'CommandAlreadyAvailable,*'
            $plain | Should -Match '-AllowClobber'
        }
        else {
            $plain | Should -Be 'installed'
        }
        Get-Reported 'AFTERPLAIN' | Should -Be 'AWS.Tools.ImportExport,AWS.Tools.Mgn'
    }

    It 'installs with -AllowClobber, leaving the AWS Tools modules installed and unchanged' {
        $exit | Should -Be 0 -Because ($output -join "`n")
        Get-Reported 'INSTALLED' 1 | Should -Be 'AWS.Tools.ImportExport,AWS.Tools.Mgn,ImportExport'
        Get-Reported 'STANDINHASH' 1 | Should -Be (Get-Reported 'STANDINHASHBEFORE')
    }
}
