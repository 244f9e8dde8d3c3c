<#
    Shared by tests/Pester/*.Tests.ps1 (Pester 5; Windows PowerShell 5.1 and PowerShell 7).

    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        $script:Emulator = Initialize-IETestSession      # emulator + AWS_* variables + the staged module
    }
    AfterAll {
        Stop-IETestEmulator -Emulator $script:Emulator    # stops it and restores the variables
    }

    The module under test is the staged one, out/ImportExport/ImportExport.psd1 (run ./build.ps1 or dotnet build
    first). The emulator is started by tests/Emulator/IEEmulator.psm1 (the one launcher of build.ps1, these tests and
    the bench): `dotnet run --project src/ImportExport.Emulator -- --port 0`; its first line of output is its URL.
    Set IMPORTEXPORT_TEST_ENDPOINT to the URL of an emulator that is already running to use it
    instead (it must accept the default credentials below).
#>

Set-StrictMode -Version 3.0
Import-Module (Join-Path $PSScriptRoot 'PowerShellProcess.psm1') -Force
Import-Module ([System.IO.Path]::Combine($PSScriptRoot, '..', 'Emulator', 'IEEmulator.psm1')) -Force

# The emulator's default key pair (AWS's documented example keys; they sign nothing real).
$script:AccessKeyId = 'AKIAIOSFODNN7EXAMPLE'
$script:SecretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
$script:EnvironmentNames = @(
    'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_EC2_METADATA_DISABLED', 'AWS_ENDPOINT_URL',
    'AWS_ENDPOINT_URL_IMPORTEXPORT', 'AWS_ENDPOINT_URL_MGN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE'
)

function ConvertTo-IETestLiteral([string] $Text) {
    <# $Text as a single-quoted PowerShell literal, for script text a child PowerShell runs. #>
    return "'" + $Text.Replace("'", "''") + "'"
}

function Get-IETestRepositoryRoot {
    <# The repository root: the first ancestor that holds ImportExport.psd1 (found by the emulator launcher). #>
    return Get-IEEmulatorRepositoryRoot
}

function Get-IETestModuleManifest {
    <# out/ImportExport/ImportExport.psd1, which the build stages. #>
    $path = [System.IO.Path]::Combine((Get-IETestRepositoryRoot), 'out', 'ImportExport', 'ImportExport.psd1')
    if (-not (Test-Path -LiteralPath $path)) {
        throw "The module is not staged at $($path): run ./build.ps1 (or dotnet build) first."
    }
    return $path
}

function Get-IETestPowerShell {
    <# How to start the PowerShell running the tests, for child processes (see PowerShellProcess.psm1). #>
    return Get-PowerShellCommand
}

function Start-IETestEmulator {
    <#
    .SYNOPSIS
        Starts the emulator on a free port (Start-IEEmulator of tests/Emulator/IEEmulator.psm1, with the same
        parameters) and returns @{ Url; Process; Saved }, or the emulator IMPORTEXPORT_TEST_ENDPOINT names.
    #>
    [CmdletBinding()]
    param(
        # More emulator options, e.g. '--seed-jobs', '3'.
        [string[]] $ArgumentList = @(),
        [switch] $PreferBuilt,
        [int] $TimeoutSeconds = 300
    )

    if ($env:IMPORTEXPORT_TEST_ENDPOINT) {
        return [pscustomobject]@{ Url = $env:IMPORTEXPORT_TEST_ENDPOINT.TrimEnd('/'); Process = $null; Saved = @{} }
    }

    $emulator = Start-IEEmulator -ArgumentList $ArgumentList -PreferBuilt:$PreferBuilt -TimeoutSeconds $TimeoutSeconds
    return [pscustomobject]@{ Url = $emulator.Url; Process = $emulator.Process; Saved = @{} }
}

function Stop-IETestProcess([System.Diagnostics.Process] $Process) {
    Stop-IEEmulator -Emulator ([pscustomobject]@{ Process = $Process })
}

function Initialize-IETestSession {
    <#
    .SYNOPSIS
        Starts the emulator, points the AWS_* variables of this process at it, imports the staged module.
    .OUTPUTS
        The emulator object for Stop-IETestEmulator; its Url is the endpoint.
    #>
    [CmdletBinding()]
    param([string[]] $EmulatorArgumentList = @(), [switch] $PreferBuilt)

    $emulator = Start-IETestEmulator -ArgumentList $EmulatorArgumentList -PreferBuilt:$PreferBuilt
    foreach ($name in $script:EnvironmentNames) {
        $emulator.Saved[$name] = [System.Environment]::GetEnvironmentVariable($name)
    }
    $env:AWS_ACCESS_KEY_ID = $script:AccessKeyId
    $env:AWS_SECRET_ACCESS_KEY = $script:SecretAccessKey
    $env:AWS_EC2_METADATA_DISABLED = 'true'
    $env:AWS_ENDPOINT_URL = $emulator.Url
    $env:AWS_REGION = 'us-east-1'
    Remove-Item -Path Env:AWS_SESSION_TOKEN, Env:AWS_PROFILE, Env:AWS_ENDPOINT_URL_IMPORTEXPORT, Env:AWS_ENDPOINT_URL_MGN, Env:AWS_DEFAULT_REGION -ErrorAction SilentlyContinue

    Import-Module -Name (Get-IETestModuleManifest) -Force -Global -ErrorAction Stop
    return $emulator
}

function Stop-IETestEmulator {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [AllowNull()] $Emulator)
    if (-not $Emulator) { return }
    Stop-IETestProcess $Emulator.Process
    foreach ($name in $Emulator.Saved.Keys) {
        [System.Environment]::SetEnvironmentVariable($name, $Emulator.Saved[$name])
    }
}

function New-IETestManifest {
    <#
    .SYNOPSIS
        A valid manifest for the emulator (its default buckets and key).
    #>
    [CmdletBinding()]
    param(
        [ValidateSet('Import', 'Export')] [string] $JobType = 'Import',
        [string] $DeviceId = '532404500021'
    )

    $address = @"
returnAddress:
  name: Jane Roe
  company: Example Corp
  street1: 123 Any Street
  city: Anytown
  stateOrProvince: WA
  postalCode: 91011-1111
  phoneNumber: 206-555-0100
  country: USA
"@
    if ($JobType -eq 'Import') {
        return @"
manifestVersion: 2.0
accessKeyId: $script:AccessKeyId
deviceId: $DeviceId
eraseDevice: yes
bucket: my-import-bucket
$address
"@
    }
    return @"
manifestVersion: 2.0
accessKeyId: $script:AccessKeyId
deviceId: $DeviceId
fileSystem: NTFS
logBucket: my-log-bucket
operations:
  - exportBucket: my-export-bucket
$address
"@
}

function New-IETestJob {
    <# Creates a job on the emulator (no prompt) and returns the CreatedJob. #>
    [CmdletBinding()]
    param([ValidateSet('Import', 'Export')] [string] $JobType = 'Import')
    New-IEJob -JobType $JobType -Manifest (New-IETestManifest -JobType $JobType) -Confirm:$false -ErrorAction Stop
}

function Invoke-IETestChildPowerShell {
    <#
    .SYNOPSIS
        Runs script text in a child PowerShell (same executable) with the staged module imported and this session's
        AWS_* variables, and returns everything it printed as lines: what the host shows (What if: ..., prompts)
        can only be read this way in Windows PowerShell 5.1.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Script,
        # Lines the user types at the child's prompts (see Invoke-PowerShellProcess).
        [string[]] $Answer
    )

    $prologue = "`$ErrorActionPreference = 'Stop'; `$ProgressPreference = 'SilentlyContinue'; if (`$PSStyle) { `$PSStyle.OutputRendering = 'PlainText' }; Import-Module -Name '$((Get-IETestModuleManifest).Replace("'", "''"))'`n"
    if ($PSBoundParameters.ContainsKey('Answer')) {
        return @(Invoke-PowerShellProcess -Script ($prologue + $Script) -Answer $Answer)
    }
    return @(Invoke-PowerShellProcess -Script ($prologue + $Script))
}

function Invoke-IETestInSandbox {
    <#
    .SYNOPSIS
        Runs script text in a child PowerShell whose home is the folder given: PSResourceGet and PowerShellGet keep
        their repository lists and CurrentUser installs under the user's profile folders (HOME on Linux and macOS,
        the user profile on Windows), so a child with a fresh one reads and changes nothing of the user's.
        Returns what it printed; $LASTEXITCODE is its exit code.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $HomePath,
        [Parameter(Mandatory)] [string] $Script
    )

    $names = 'HOME', 'USERPROFILE', 'LOCALAPPDATA', 'APPDATA', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'PSModulePath'
    $saved = @{}
    foreach ($name in $names) { $saved[$name] = [System.Environment]::GetEnvironmentVariable($name) }
    try {
        $null = New-Item -ItemType Directory -Path $HomePath -Force
        $env:HOME = $HomePath
        $env:USERPROFILE = $HomePath
        $env:LOCALAPPDATA = Join-Path $HomePath 'AppData/Local'
        $env:APPDATA = Join-Path $HomePath 'AppData/Roaming'
        $env:XDG_DATA_HOME = Join-Path $HomePath '.local/share'
        $env:XDG_CONFIG_HOME = Join-Path $HomePath '.config'
        $env:XDG_CACHE_HOME = Join-Path $HomePath '.cache'
        # The folders must exist: .NET answers "" for a special folder that does not, and PSResourceGet then keeps
        # its repository list in a relative path, in whatever the current directory is.
        foreach ($folder in $env:LOCALAPPDATA, $env:APPDATA, $env:XDG_DATA_HOME, $env:XDG_CONFIG_HOME, $env:XDG_CACHE_HOME) {
            $null = New-Item -ItemType Directory -Path $folder -Force
        }
        Invoke-PowerShellProcess -Script $Script
    }
    finally {
        foreach ($name in $names) { [System.Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
}

Export-ModuleMember -Function Invoke-IETestInSandbox, ConvertTo-IETestLiteral, Get-IETestRepositoryRoot, Get-IETestModuleManifest, Get-IETestPowerShell, Start-IETestEmulator,
    Stop-IETestEmulator, Initialize-IETestSession, New-IETestManifest, New-IETestJob, Invoke-IETestChildPowerShell,
    Get-PowerShellCommand, Invoke-PowerShellProcess
