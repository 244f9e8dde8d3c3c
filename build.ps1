<#
.SYNOPSIS
    Builds, tests and packages the ImportExport module.

.DESCRIPTION
    Tasks (run in the order given):

      Build    (default) dotnet build -c <Configuration> of the module, which stages a loadable module at
               out/ImportExport (see src/ImportExport/Module.targets), then imports the staged module in a child
               process of each PowerShell edition on the machine to prove it loads.
      Test     dotnet test of the solution, then, where Pester 5 or later is installed, Invoke-Pester tests/Pester
               in a child process (NUnit XML in out/test-results). Fails on any failure.
      Package  Build, then a .nupkg that the PowerShell Gallery accepts, made by the gallery's own packer
               (Publish-PSResource, or Publish-Module of PowerShellGet 2) into out/packages through a temporary
               local file-share repository. ReleaseNotes in the packaged manifest come from CHANGELOG.md.
      Clean    dotnet clean and removes out/.
      Bench    Runs bench/run.ps1 when it exists.

    Works in Windows PowerShell 5.1 and PowerShell 7+.

.EXAMPLE
    ./build.ps1

.EXAMPLE
    ./build.ps1 Clean, Build, Test -Configuration Debug

.EXAMPLE
    ./build.ps1 Package
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Package', 'Clean', 'Bench')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Skip the Pester part of Test (for example when it runs in a separate CI job).
    [switch] $SkipPester
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$RepoRoot = $PSScriptRoot
$ModuleName = 'ImportExport'
$OutDir = Join-Path $RepoRoot 'out'
$StagedModule = Join-Path $OutDir $ModuleName
$StagedManifest = Join-Path $StagedModule "$ModuleName.psd1"
$PackagesDir = Join-Path $OutDir 'packages'
$TestResultsDir = Join-Path $OutDir 'test-results'
$ModuleProject = [System.IO.Path]::Combine($RepoRoot, 'src', $ModuleName, "$ModuleName.csproj")
$Solution = Join-Path $RepoRoot "$ModuleName.slnx"

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

function Invoke-Native {
    # Runs an external program and fails the build when it fails.
    param([Parameter(Mandatory)] [string] $FilePath, [string[]] $ArgumentList = @())
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Test-IsWindows {
    # $IsWindows does not exist in Windows PowerShell 5.1 (and strict mode forbids reading it there).
    return [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
}

function Get-PowerShellExecutable {
    # The PowerShell running this script, plus the other edition when it is installed, so the staged module is
    # proved to load in both Windows PowerShell 5.1 and PowerShell 7 where both exist.
    $current = (Get-Process -Id $PID).Path
    $all = New-Object System.Collections.Generic.List[string]
    $all.Add($current)
    foreach ($name in @('pwsh', 'powershell')) {
        if ($name -eq 'powershell' -and -not (Test-IsWindows)) { continue }
        $command = Get-Command -Name $name -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($command -and -not ($all -contains $command.Source)) {
            $all.Add($command.Source)
        }
    }
    return $all
}

function Invoke-PowerShellChild {
    # Runs script text in a fresh PowerShell process (so this session never loads, and so never locks, the module).
    param([Parameter(Mandatory)] [string] $Executable, [Parameter(Mandatory)] [string] $Script)
    $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($Script))
    # Out-Host: the child's output is shown, not returned (the caller gets the exit code alone).
    & $Executable -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand $encoded | Out-Host
    return $LASTEXITCODE
}

function ConvertTo-PSLiteral([string] $Text) {
    return "'" + $Text.Replace("'", "''") + "'"
}

function Get-ModuleVersion {
    $text = [System.IO.File]::ReadAllText((Join-Path $RepoRoot "$ModuleName.psd1"))
    $match = [regex]::Match($text, "(?m)^\s*ModuleVersion\s*=\s*['""]([^'""]+)['""]")
    if (-not $match.Success) { throw "No ModuleVersion in $ModuleName.psd1." }
    return $match.Groups[1].Value
}

function Invoke-BuildTask {
    Write-Step "Build ($Configuration): dotnet build stages $StagedModule"
    Invoke-Native dotnet @('build', $ModuleProject, '-c', $Configuration, '-nologo')
    Test-StagedModule
}

function Test-StagedModule {
    # Imports the staged module in a fresh process of each PowerShell edition on the machine and runs one command of
    # each kind against the local emulator, so that Windows PowerShell 5.1 loads every dependency through the module's
    # AssemblyResolve handler: a manifest check (YamlDotNet), an Import/Export call (XML) and an MGN call
    # (System.Text.Json, through System.Memory and System.Runtime.CompilerServices.Unsafe).
    foreach ($file in @($StagedManifest, (Join-Path $StagedModule "$ModuleName.dll"), [System.IO.Path]::Combine($StagedModule, 'en-US', "$ModuleName.dll-Help.xml"))) {
        if (-not (Test-Path -LiteralPath $file)) { throw "The build did not stage $file." }
    }

    $emulatorProject = [System.IO.Path]::Combine($RepoRoot, 'src', 'ImportExport.Emulator', 'ImportExport.Emulator.csproj')
    Invoke-Native dotnet @('build', $emulatorProject, '-c', $Configuration, '-nologo', '-v', 'quiet')
    $emulatorDll = [System.IO.Path]::Combine($RepoRoot, 'src', 'ImportExport.Emulator', 'bin', $Configuration, 'net10.0', 'ImportExport.Emulator.dll')
    $emulatorOut = [System.IO.Path]::GetTempFileName()
    $emulatorErr = [System.IO.Path]::GetTempFileName()
    $emulator = Start-Process -FilePath 'dotnet' -ArgumentList @("`"$emulatorDll`"", '--port', '0', '--import-step-seconds', '0') -PassThru -NoNewWindow `
        -RedirectStandardOutput $emulatorOut -RedirectStandardError $emulatorErr
    try {
        # The emulator prints its URL on its first line once it listens.
        $endpoint = $null
        $deadline = [DateTime]::UtcNow.AddSeconds(120)
        while (-not $endpoint) {
            if ($emulator.HasExited) { throw "The emulator exited before it listened: $([System.IO.File]::ReadAllText($emulatorErr))" }
            if ([DateTime]::UtcNow -gt $deadline) { throw 'The emulator did not start within 120 seconds.' }
            Start-Sleep -Milliseconds 200
            $first = Get-Content -LiteralPath $emulatorOut -TotalCount 1 -ErrorAction SilentlyContinue
            if ($first -match '^http://') { $endpoint = $first.Trim() }
        }

        $script = @"
`$ErrorActionPreference = 'Stop'
`$module = Import-Module -Name $(ConvertTo-PSLiteral $StagedManifest) -PassThru
`$names = @(`$module.ExportedCmdlets.Keys)
if (`$names.Count -eq 0) { throw 'The module exports no cmdlets.' }
if (-not (Get-Help -Name New-IEJob).Synopsis) { throw 'No help for New-IEJob.' }
`$aws = @{ EndpointUrl = $(ConvertTo-PSLiteral $endpoint); AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; Region = 'eu-west-1' }
`$manifest = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -AccessKeyId AKIAIOSFODNN7EXAMPLE -Name 'Jane Doe' ``
    -Street1 '123 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011 -PhoneNumber 206-555-1111 -Country USA
if (-not (Test-IEManifest -Manifest `$manifest -JobType Import -Quiet)) { throw 'Test-IEManifest (YamlDotNet) rejected a valid manifest.' }
`$job = New-IEJob -JobType Import -Manifest `$manifest @aws -Confirm:`$false
if (-not `$job.JobId) { throw 'New-IEJob (Import/Export, XML) returned no job id.' }
`$import = Start-MGNImport -S3Bucket my-import-bucket -S3Key build/check.csv @aws -Confirm:`$false
if (-not `$import.ImportId) { throw 'Start-MGNImport (MGN, System.Text.Json) returned no import id.' }
'{0} {1} loads and works in PowerShell {2} ({3}): manifest checked, job {4} created, import {5} started; cmdlets: {6}' -f ``
    `$module.Name, `$module.Version, `$PSVersionTable.PSVersion, `$PSVersionTable.PSEdition, `$job.JobId, `$import.ImportId, (`$names -join ', ')
"@
        foreach ($exe in Get-PowerShellExecutable) {
            Write-Step "Import-Module and one command of each kind against the emulator ($endpoint) in $exe"
            $code = Invoke-PowerShellChild -Executable $exe -Script $script
            if ($code -ne 0) { throw "The staged module does not load or work in $exe (exit code $code)." }
        }
    }
    finally {
        if (-not $emulator.HasExited) { Stop-Process -Id $emulator.Id -Force -ErrorAction SilentlyContinue }
        Remove-Item -LiteralPath $emulatorOut, $emulatorErr -Force -ErrorAction SilentlyContinue
    }
}

function Invoke-TestTask {
    Write-Step "Test ($Configuration): dotnet test"
    Invoke-Native dotnet @('test', $Solution, '-c', $Configuration, '-nologo')

    if ($SkipPester) { return }
    $pester = Get-Module -Name Pester -ListAvailable | Where-Object { $_.Version -ge [version]'5.0.0' } | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 or later is not installed: skipping tests/Pester (Install-Module Pester -MinimumVersion 5.5 -Scope CurrentUser).'
        return
    }

    if (-not (Test-Path -LiteralPath $TestResultsDir)) { New-Item -ItemType Directory -Path $TestResultsDir | Out-Null }
    $resultFile = Join-Path $TestResultsDir 'pester.xml'
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module -Name $(ConvertTo-PSLiteral $pester.Path) -Force
`$config = New-PesterConfiguration
`$config.Run.Path = $(ConvertTo-PSLiteral (Join-Path $RepoRoot 'tests/Pester'))
`$config.Run.Exit = `$true
`$config.Output.Verbosity = 'Detailed'
if (`$config.Output.PSObject.Properties['CIFormat']) { `$config.Output.CIFormat = 'Auto' }
`$config.TestResult.Enabled = `$true
`$config.TestResult.OutputFormat = 'NUnitXml'
`$config.TestResult.OutputPath = $(ConvertTo-PSLiteral $resultFile)
`$config.Should.ErrorAction = 'Stop'
Invoke-Pester -Configuration `$config
"@
    Write-Step "Pester $($pester.Version): tests/Pester (results: $resultFile)"
    $code = Invoke-PowerShellChild -Executable (Get-Process -Id $PID).Path -Script $script
    if ($code -ne 0) { throw "Pester reported failures (exit code $code); see $resultFile." }
}

function Get-ReleaseNotes([string] $Version) {
    # The CHANGELOG section of this version ("## [0.1.0] ..."), else the Unreleased one.
    $changelog = Join-Path $RepoRoot 'CHANGELOG.md'
    if (-not (Test-Path -LiteralPath $changelog)) { return "See $ModuleName $Version." }
    $lines = [System.IO.File]::ReadAllLines($changelog)
    foreach ($heading in @("[$Version]", '[Unreleased]')) {
        $start = -1
        for ($i = 0; $i -lt $lines.Length; $i++) {
            if ($lines[$i].StartsWith("## $heading", [System.StringComparison]::OrdinalIgnoreCase)) { $start = $i; break }
        }
        if ($start -lt 0) { continue }
        $section = New-Object System.Collections.Generic.List[string]
        for ($i = $start + 1; $i -lt $lines.Length -and -not $lines[$i].StartsWith('## '); $i++) {
            $section.Add($lines[$i])
        }
        $text = ($section -join "`n").Trim()
        if ($text) { return $text }
    }
    return "See CHANGELOG.md of $ModuleName $Version."
}

function Set-ReleaseNotes([string] $ManifestPath, [string] $Notes) {
    # Text edit, not Update-ModuleManifest: that rewrites the whole file and differs between PowerShellGet versions.
    $text = [System.IO.File]::ReadAllText($ManifestPath)
    $safe = ($Notes -replace "(?m)^'@", " '@")
    $replacement = "ReleaseNotes = @'`n$safe`n'@"
    $pattern = "ReleaseNotes\s*=\s*''"
    if (-not [regex]::IsMatch($text, $pattern)) { throw "No empty ReleaseNotes = '' in $ManifestPath to fill." }
    $text = [regex]::Replace($text, $pattern, { param($m) $replacement }.GetNewClosure())
    [System.IO.File]::WriteAllText($ManifestPath, $text, (New-Object System.Text.UTF8Encoding($true)))
}

function Invoke-PackageTask {
    if ($Configuration -ne 'Release') { Write-Warning "Packaging a $Configuration build." }
    Invoke-BuildTask

    $version = Get-ModuleVersion
    Write-Step "Package $ModuleName $version -> $PackagesDir"

    # Publish from a copy: the package gets release notes and no debug symbols; out/ImportExport stays as built.
    $work = Join-Path $OutDir 'package-work'
    $moduleCopy = Join-Path $work $ModuleName
    if (Test-Path -LiteralPath $work) { Remove-Item -LiteralPath $work -Recurse -Force }
    New-Item -ItemType Directory -Path $moduleCopy -Force | Out-Null
    Copy-Item -Path (Join-Path $StagedModule '*') -Destination $moduleCopy -Recurse -Force
    Get-ChildItem -LiteralPath $moduleCopy -Filter '*.pdb' -Recurse | Remove-Item -Force
    Set-ReleaseNotes -ManifestPath (Join-Path $moduleCopy "$ModuleName.psd1") -Notes (Get-ReleaseNotes $version)
    Test-ModuleManifest -Path (Join-Path $moduleCopy "$ModuleName.psd1") | Out-Null

    if (-not (Test-Path -LiteralPath $PackagesDir)) { New-Item -ItemType Directory -Path $PackagesDir | Out-Null }
    Get-ChildItem -LiteralPath $PackagesDir -Filter "$ModuleName.$version.nupkg" | Remove-Item -Force

    # A temporary local file-share repository, so the gallery's own packer makes the .nupkg.
    $repository = "$ModuleName-build-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
    $psResourceGet = Get-Command -Name Publish-PSResource -ErrorAction SilentlyContinue
    try {
        if ($psResourceGet) {
            Register-PSResourceRepository -Name $repository -Uri $PackagesDir -Trusted
            Publish-PSResource -Path $moduleCopy -Repository $repository
        }
        elseif (Get-Command -Name Publish-Module -ErrorAction SilentlyContinue) {
            Register-PSRepository -Name $repository -SourceLocation $PackagesDir -PublishLocation $PackagesDir -InstallationPolicy Trusted
            Publish-Module -Path $moduleCopy -Repository $repository -NuGetApiKey 'local-file-share'
        }
        else {
            throw 'Neither Microsoft.PowerShell.PSResourceGet (Publish-PSResource) nor PowerShellGet (Publish-Module) is available.'
        }
    }
    finally {
        if ($psResourceGet) {
            Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue
        }
        elseif (Get-Command -Name Unregister-PSRepository -ErrorAction SilentlyContinue) {
            Unregister-PSRepository -Name $repository -ErrorAction SilentlyContinue
        }
    }

    $package = Get-ChildItem -LiteralPath $PackagesDir -Filter "$ModuleName.$version.nupkg" | Select-Object -First 1
    if (-not $package) { throw "Publishing produced no $ModuleName.$version.nupkg in $PackagesDir." }
    Remove-Item -LiteralPath $work -Recurse -Force
    Write-Step "Package: $($package.FullName)"
}

function Invoke-CleanTask {
    Write-Step 'Clean'
    foreach ($configuration in @('Debug', 'Release')) {
        Invoke-Native dotnet @('clean', $Solution, '-c', $configuration, '-nologo', '-v', 'quiet')
    }
    if (Test-Path -LiteralPath $OutDir) { Remove-Item -LiteralPath $OutDir -Recurse -Force }
}

function Invoke-BenchTask {
    $bench = [System.IO.Path]::Combine($RepoRoot, 'bench', 'run.ps1')
    if (-not (Test-Path -LiteralPath $bench)) {
        Write-Warning "No benchmarks yet ($bench does not exist)."
        return
    }
    Write-Step "Bench: $bench"
    & $bench
}

Push-Location -LiteralPath $RepoRoot
try {
    foreach ($name in $Task) {
        switch ($name) {
            'Build' { Invoke-BuildTask }
            'Test' { Invoke-TestTask }
            'Package' { Invoke-PackageTask }
            'Clean' { Invoke-CleanTask }
            'Bench' { Invoke-BenchTask }
        }
    }
}
finally {
    Pop-Location
}
