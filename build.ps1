<#
.SYNOPSIS
    Builds, tests and packages the ImportExport module.

.DESCRIPTION
    Tasks (run in the order given):

      Build    (default) dotnet build -c <Configuration> of the module, which stages a loadable module at
               out/ImportExport (see src/ImportExport/Module.targets), then imports the staged module in a child
               process of each PowerShell edition on the machine to prove it loads.
      Test     Package, then every test: dotnet test of the solution (xunit: the emulator, the clients, the cmdlets
               in a hosted engine, the independent peers), then the Windows PowerShell 5.1 lane
               (tests/ImportExport.FrameworkLane, .NET Framework 4.7.2 tests under Mono; not run without Mono, and
               it says so; with CI=true Mono is installed when missing), then the Pester suite tests/Pester in a
               child PowerShell like this one, with Pester restored from the package registry into .tools/packages
               (.config/PesterRestore.csproj; no global install). Results in out/test-results (xunit.trx,
               framework-lane.xml, pester.xml). Ends with one line "N passed, N failed, N skipped" for all of them
               together; fails if any fails.
      Package  Build, then out/packages/ImportExport.<version>.nupkg, made by the gallery's own packer
               (Publish-PSResource, or Publish-Module of PowerShellGet 2) through a temporary local file-share
               repository (ReleaseNotes from CHANGELOG.md), and out/packages/ImportExport.Emulator.<version>.nupkg,
               the emulator as a .NET tool (command importexport-emulator).
      Tour     Build, start the emulator, and run examples/Tour.ps1 in a child PowerShell like this one: what the
               module's commands print, against a local emulator, with nothing sent anywhere else.
      Clean    dotnet clean and removes out/.
      Bench    Runs the benchmarks (bench/ImportExport.Bench, Release).

    Works in Windows PowerShell 5.1 and PowerShell 7+. On a machine with only the .NET SDK, run it with the
    repository's pinned PowerShell:  dotnet tool restore; dotnet pwsh ./build.ps1 Test

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
    [ValidateSet('Build', 'Test', 'Package', 'Tour', 'Clean', 'Bench')]
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
$EmulatorProject = [System.IO.Path]::Combine($RepoRoot, 'src', 'ImportExport.Emulator', 'ImportExport.Emulator.csproj')
$PesterRestoreProject = [System.IO.Path]::Combine($RepoRoot, '.config', 'PesterRestore.csproj')

# How to start a PowerShell like this one (as dotnet <pwsh.dll> when pwsh runs as a .NET tool): one place for the
# build and the tests.
Import-Module ([System.IO.Path]::Combine($RepoRoot, 'tests', 'Pester', 'PowerShellProcess.psm1')) -Force

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

function Invoke-Native {
    # Runs an external program and fails the build when it fails.
    param([Parameter(Mandatory)] [string] $FilePath, [string[]] $ArgumentList = @())
    # Out-Host: shown, never returned, so a caller's result is not mixed with the program's output.
    & $FilePath @ArgumentList | Out-Host
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
    $current = Get-PowerShellCommand
    $all = New-Object System.Collections.Generic.List[object]
    $all.Add($current)
    foreach ($name in @('pwsh', 'powershell')) {
        if ($name -eq 'powershell' -and -not (Test-IsWindows)) { continue }
        $command = Get-Command -Name $name -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($command -and $command.Source -ne $current.FilePath -and -not ($all | Where-Object { $_.Display -eq $command.Source })) {
            $all.Add([pscustomobject]@{ FilePath = $command.Source; PrefixArguments = @(); Display = $command.Source })
        }
    }
    return $all
}

function Invoke-PowerShellChild {
    # Runs script text in a fresh PowerShell process (so this session never loads, and so never locks, the module);
    # shows what it prints and returns its exit code.
    param([Parameter(Mandatory)] $Executable, [Parameter(Mandatory)] [string] $Script)
    Invoke-PowerShellProcess -Script $Script -Command $Executable | Out-Host
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

function Invoke-BuildTask([switch] $ReadyToRun) {
    Write-Step "Build ($Configuration): dotnet build stages $StagedModule"
    # The package carries ReadyToRun copies of AWSSDK.Core and the engine per platform (Module.targets; bench/README.md).
    $readyToRunArgs = if ($ReadyToRun) { @('-p:ModuleReadyToRun=true') } else { @() }
    Invoke-Native dotnet (@('build', $ModuleProject, '-c', $Configuration, '-nologo') + $readyToRunArgs)
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
    Import-Module ([System.IO.Path]::Combine($RepoRoot, 'tests', 'Emulator', 'IEEmulator.psm1')) -Force
    $emulator = Start-IEEmulator -Configuration $Configuration -ArgumentList @('--import-step-seconds', '0') -TimeoutSeconds 120
    try {
        $endpoint = $emulator.Url

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
            Write-Step "Import-Module and one command of each kind against the emulator ($endpoint) in $($exe.Display)"
            $code = Invoke-PowerShellChild -Executable $exe -Script $script
            if ($code -ne 0) { throw "The staged module does not load or work in $($exe.Display) (exit code $code)." }
        }
    }
    finally {
        Stop-IEEmulator -Emulator $emulator
    }
}

function Get-PesterModulePath {
    # Pester as pinned in .config/PesterRestore.csproj, restored from the package registry into .tools/packages.
    $text = [System.IO.File]::ReadAllText($PesterRestoreProject)
    $match = [regex]::Match($text, 'PackageDownload\s+Include="Pester"\s+Version="\[([^\]]+)\]"')
    if (-not $match.Success) { throw "No pinned Pester version in $PesterRestoreProject." }
    $version = $match.Groups[1].Value
    $path = [System.IO.Path]::Combine($RepoRoot, '.tools', 'packages', 'pester', $version, 'tools', 'Pester.psd1')
    if (-not (Test-Path -LiteralPath $path)) {
        Write-Step "Restore Pester $version into .tools/packages"
        Invoke-Native dotnet @('restore', $PesterRestoreProject, '-nologo', '-v', 'quiet')
    }
    if (-not (Test-Path -LiteralPath $path)) { throw "Restoring Pester $version did not produce $path." }
    return $path
}

function Read-TrxCounts([string] $Path) {
    # The Counters element of a Visual Studio test results file: <Counters total=".." passed=".." failed=".." ...>.
    if (-not (Test-Path -LiteralPath $Path)) { return $null }
    $xml = New-Object System.Xml.XmlDocument
    $xml.Load($Path)
    $counters = $xml.GetElementsByTagName('Counters') | Select-Object -First 1
    if (-not $counters) { return $null }
    return [pscustomobject]@{
        Passed  = [int]$counters.GetAttribute('passed')
        Failed  = [int]$counters.GetAttribute('failed') + [int]$counters.GetAttribute('error') + [int]$counters.GetAttribute('timeout') + [int]$counters.GetAttribute('aborted')
        Skipped = [int]$counters.GetAttribute('notExecuted')
    }
}

function Invoke-XunitTests {
    $trx = Join-Path $TestResultsDir 'xunit.trx'
    if (Test-Path -LiteralPath $trx) { Remove-Item -LiteralPath $trx -Force }
    Write-Step "xunit ($Configuration): dotnet test $Solution"
    & dotnet test $Solution -c $Configuration -nologo --logger 'trx;LogFileName=xunit.trx' --results-directory $TestResultsDir | Out-Host
    $code = $LASTEXITCODE
    $counts = Read-TrxCounts $trx
    if (-not $counts) {
        # No results file: the build or the test host failed before any test ran.
        $counts = [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
    }
    elseif ($code -ne 0 -and $counts.Failed -eq 0) {
        $counts.Failed = 1   # dotnet test failed for another reason (a crashed or hung test host): never report green.
    }
    Write-Step ("xunit: {0} passed, {1} failed, {2} skipped" -f $counts.Passed, $counts.Failed, $counts.Skipped)
    return $counts
}

function Read-XunitXmlCounts([string] $Path) {
    # xunit's own results format: <assemblies><assembly total=".." passed=".." failed=".." skipped=".." errors="..">.
    if (-not (Test-Path -LiteralPath $Path)) { return $null }
    $xml = New-Object System.Xml.XmlDocument
    $xml.Load($Path)
    $assemblies = @($xml.GetElementsByTagName('assembly'))
    if ($assemblies.Count -eq 0) { return $null }
    $counts = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 }
    foreach ($assembly in $assemblies) {
        $counts.Passed += [int]$assembly.GetAttribute('passed')
        $counts.Failed += [int]$assembly.GetAttribute('failed') + [int]$assembly.GetAttribute('errors')
        $counts.Skipped += [int]$assembly.GetAttribute('skipped')
    }
    return $counts
}

function Invoke-FrameworkLaneTests {
    # The Windows PowerShell 5.1 lane: tests/ImportExport.FrameworkLane (net472, xunit v2) under Mono, run by xunit's
    # console runner, loading the staged module through the loader's AssemblyResolve handler (see README, "Windows
    # PowerShell 5.1: what the tests prove"). Without Mono it is not run, and says so; in CI (CI=true) Mono is installed
    # when missing and the lane must run.
    $notRun = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 }
    $setup = [System.IO.Path]::Combine($RepoRoot, 'tests', 'ImportExport.FrameworkLane', 'setup-mono.sh')
    $inCi = $env:CI -eq 'true'
    $mono = Get-Command -Name mono -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $mono -and $inCi -and (Get-Command -Name bash -CommandType Application -ErrorAction SilentlyContinue)) {
        Write-Step 'Windows PowerShell 5.1 lane: installing Mono (CI)'
        & bash $setup | Out-Host
        $mono = Get-Command -Name mono -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    }
    if (-not $mono) {
        if ($inCi) {
            Write-Step 'Windows PowerShell 5.1 lane: FAILED TO RUN: Mono is not installed and CI requires the lane.'
            return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
        }
        Write-Step "Windows PowerShell 5.1 lane: NOT RUN: Mono is not installed (bash $setup installs it). Its tests are not in the counts below."
        return $notRun
    }

    $project = [System.IO.Path]::Combine($RepoRoot, 'tests', 'ImportExport.FrameworkLane', 'ImportExport.FrameworkLane.csproj')
    $xml = Join-Path $TestResultsDir 'framework-lane.xml'
    if (Test-Path -LiteralPath $xml) { Remove-Item -LiteralPath $xml -Force }
    Write-Step "Windows PowerShell 5.1 lane ($Configuration): dotnet build $project, then xunit's console runner under $((& $mono.Source --version | Select-Object -First 1))"
    & dotnet build $project -c $Configuration -nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) {
        Write-Step 'Windows PowerShell 5.1 lane: the build failed.'
        return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
    }
    $output = [System.IO.Path]::Combine($RepoRoot, 'tests', 'ImportExport.FrameworkLane', 'bin', $Configuration, 'net472')
    $runner = ([System.IO.File]::ReadAllText((Join-Path $output 'xunit-runner.txt'))).Trim()
    $lane = Join-Path $output 'ImportExport.FrameworkLane.exe'
    $previous = $env:IE_STAGED_MODULE
    $env:IE_STAGED_MODULE = $StagedModule
    try {
        # Bounded: a lane that hangs is stopped after 10 minutes and counts as failed.
        $process = Start-Process -FilePath $mono.Source -ArgumentList @("`"$runner`"", "`"$lane`"", '-xml', "`"$xml`"", '-parallel', 'none', '-noshadow', '-nologo') -NoNewWindow -PassThru
        if (-not $process.WaitForExit(600000)) {
            Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
            Write-Step 'Windows PowerShell 5.1 lane: stopped after 10 minutes.'
        }
        $code = if ($process.HasExited) { $process.ExitCode } else { -1 }
    }
    finally {
        $env:IE_STAGED_MODULE = $previous
    }
    $counts = Read-XunitXmlCounts $xml
    if (-not $counts) { $counts = [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 } }
    elseif ($code -ne 0 -and $counts.Failed -eq 0) { $counts.Failed = 1 }
    Write-Step ("Windows PowerShell 5.1 lane: {0} passed, {1} failed, {2} skipped" -f $counts.Passed, $counts.Failed, $counts.Skipped)
    return $counts
}

function Invoke-PesterTests {
    $pester = Get-PesterModulePath
    $resultFile = Join-Path $TestResultsDir 'pester.xml'
    $summaryFile = Join-Path $TestResultsDir 'pester-summary.txt'
    foreach ($file in @($resultFile, $summaryFile)) { if (Test-Path -LiteralPath $file) { Remove-Item -LiteralPath $file -Force } }
    $script = @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Import-Module -Name $(ConvertTo-PSLiteral $pester) -Force
`$config = New-PesterConfiguration
`$config.Run.Path = $(ConvertTo-PSLiteral (Join-Path $RepoRoot 'tests/Pester'))
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Detailed'
`$config.TestResult.Enabled = `$true
`$config.TestResult.OutputFormat = 'NUnitXml'
`$config.TestResult.OutputPath = $(ConvertTo-PSLiteral $resultFile)
`$config.Should.ErrorAction = 'Stop'
try {
    `$result = Invoke-Pester -Configuration `$config
}
catch {
    # A failure of Pester itself (a plugin step such as the report writer): the run counts as failed.
    Write-Host ('[-] Pester itself failed: {0}' -f `$_.Exception.Message)
    '0 1 0' | Set-Content -LiteralPath $(ConvertTo-PSLiteral $summaryFile)
    exit 1
}
'{0} {1} {2}' -f `$result.PassedCount, (`$result.FailedCount + `$result.FailedBlocksCount + `$result.FailedContainersCount), `$result.SkippedCount | Set-Content -LiteralPath $(ConvertTo-PSLiteral $summaryFile)
foreach (`$test in `$result.Failed) { Write-Host ('[-] Pester failed: {0}' -f `$test.ExpandedPath) }
foreach (`$container in `$result.Containers | Where-Object { `$_.Result -eq 'Failed' -and `$_.ErrorRecord }) { Write-Host ('[-] Pester container failed: {0}: {1}' -f `$container.Item, (`$container.ErrorRecord | Select-Object -First 1)) }
if (`$result.Result -ne 'Passed') { exit 1 }
exit 0
"@
    Write-Step "Pester: tests/Pester in $((Get-PowerShellCommand).Display) (results: $resultFile)"
    $code = Invoke-PowerShellChild -Executable (Get-PowerShellCommand) -Script $script
    $counts = [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
    if (Test-Path -LiteralPath $summaryFile) {
        $parts = @(([System.IO.File]::ReadAllText($summaryFile)).Trim() -split '\s+')
        if ($parts.Count -ge 3) {
            $counts = [pscustomobject]@{ Passed = [int]$parts[0]; Failed = [int]$parts[1]; Skipped = [int]$parts[2] }
        }
    }
    if ($code -ne 0 -and $counts.Failed -eq 0) { $counts.Failed = 1 }
    Write-Step ("Pester: {0} passed, {1} failed, {2} skipped" -f $counts.Passed, $counts.Failed, $counts.Skipped)
    return $counts
}

function Invoke-TestTask {
    # The package round trip and the emulator tool are tests of tests/Pester: they need what Package makes.
    Invoke-PackageTask
    if (-not (Test-Path -LiteralPath $TestResultsDir)) { New-Item -ItemType Directory -Path $TestResultsDir | Out-Null }

    $xunit = Invoke-XunitTests
    $lane = Invoke-FrameworkLaneTests
    $pester = if ($SkipPester) { [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 } } else { Invoke-PesterTests }

    $passed = $xunit.Passed + $lane.Passed + $pester.Passed
    $failed = $xunit.Failed + $lane.Failed + $pester.Failed
    $skipped = $xunit.Skipped + $lane.Skipped + $pester.Skipped
    # The one combined line CI reads (alone on its line).
    [Console]::Out.WriteLine(('{0} passed, {1} failed, {2} skipped' -f $passed, $failed, $skipped))
    if ($failed -ne 0) { throw "Tests failed: xunit $($xunit.Failed), Windows PowerShell 5.1 lane $($lane.Failed), Pester $($pester.Failed) (results in $TestResultsDir)." }
}

function Get-ReleaseNotes([string] $Version) {
    # What the gallery shows every user: the summary paragraph at the top of this version's CHANGELOG section
    # ("## [0.1.0] ...", else "## [Unreleased]"), before its first "### " list. The lists below it are the full record
    # for readers of the CHANGELOG, far too long (and too close to the development) for a package page.
    $changelog = Join-Path $RepoRoot 'CHANGELOG.md'
    if (-not (Test-Path -LiteralPath $changelog)) { throw "CHANGELOG.md is missing: the package's release notes come from it." }
    $lines = [System.IO.File]::ReadAllLines($changelog)
    foreach ($heading in @("[$Version]", '[Unreleased]')) {
        $start = -1
        for ($i = 0; $i -lt $lines.Length; $i++) {
            if ($lines[$i].StartsWith("## $heading", [System.StringComparison]::OrdinalIgnoreCase)) { $start = $i; break }
        }
        if ($start -lt 0) { continue }
        $summary = New-Object System.Collections.Generic.List[string]
        for ($i = $start + 1; $i -lt $lines.Length -and -not $lines[$i].StartsWith('#'); $i++) {
            $summary.Add($lines[$i])
        }
        $text = ($summary -join "`n").Trim()
        if (-not $text) { throw "CHANGELOG.md's $heading section has no summary paragraph before its first '###' list: write a few lines of what changed for users, which become the package's release notes." }
        return $text
    }
    throw "CHANGELOG.md has neither a [$Version] nor an [Unreleased] section."
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
    Invoke-BuildTask -ReadyToRun

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

    # The emulator as a .NET tool, so a user can test scripts without the repository.
    Get-ChildItem -LiteralPath $PackagesDir -Filter "ImportExport.Emulator.$version.nupkg" | Remove-Item -Force
    Invoke-Native dotnet @('pack', $EmulatorProject, '-c', $Configuration, '-nologo', '-v', 'quiet', '-o', $PackagesDir)
    $tool = Join-Path $PackagesDir "ImportExport.Emulator.$version.nupkg"
    if (-not (Test-Path -LiteralPath $tool)) { throw "dotnet pack produced no $tool." }
    Write-Step "Package: $tool"
}

function Invoke-CleanTask {
    Write-Step 'Clean'
    foreach ($configuration in @('Debug', 'Release')) {
        Invoke-Native dotnet @('clean', $Solution, '-c', $configuration, '-nologo', '-v', 'quiet')
    }
    if (Test-Path -LiteralPath $OutDir) { Remove-Item -LiteralPath $OutDir -Recurse -Force }
}

function Invoke-BenchTask {
    $bench = [System.IO.Path]::Combine($RepoRoot, 'bench', 'ImportExport.Bench')
    Write-Step "Bench: dotnet run -c Release --project $bench"
    Invoke-Native dotnet @('run', '-c', 'Release', '--project', $bench)
}

function Invoke-TourTask {
    Invoke-BuildTask
    $helpers = [System.IO.Path]::Combine($RepoRoot, 'tests', 'Pester', 'TestHelpers.psm1')
    $tour = [System.IO.Path]::Combine($RepoRoot, 'examples', 'Tour.ps1')
    # The child starts the emulator (dotnet run of src/ImportExport.Emulator, on a free loopback port), points only
    # its own AWS_* variables at it with the emulator's example keys, imports the staged module and runs the tour.
    $script = @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Import-Module -Name $(ConvertTo-PSLiteral $helpers)
`$emulator = Initialize-IETestSession
try {
    `$Host.UI.WriteLine("Local Import/Export + MGN emulator listening on `$(`$emulator.Url)")
    & $(ConvertTo-PSLiteral $tour) -EndpointUrl `$emulator.Url
}
finally {
    Stop-IETestEmulator -Emulator `$emulator
}
"@
    Write-Step "Tour: examples/Tour.ps1 in $((Get-PowerShellCommand).Display)"
    $code = Invoke-PowerShellChild -Executable (Get-PowerShellCommand) -Script $script
    if ($code -ne 0) { throw "The tour failed (exit code $code)." }
}

Push-Location -LiteralPath $RepoRoot
try {
    foreach ($name in $Task) {
        switch ($name) {
            'Build' { Invoke-BuildTask }
            'Test' { Invoke-TestTask }
            'Package' { Invoke-PackageTask }
            'Tour' { Invoke-TourTask }
            'Clean' { Invoke-CleanTask }
            'Bench' { Invoke-BenchTask }
        }
    }
}
finally {
    Pop-Location
}
