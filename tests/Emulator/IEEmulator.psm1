<#
    How the local emulator is started and stopped, for everything in the repository that runs one: build.ps1 (the
    staged module's check and the tour), the Pester helpers (tests/Pester/TestHelpers.psm1) and, through
    Start-IEEmulator.ps1 beside this file, the bench (bench/ImportExport.Bench). The emulator listens on a free
    loopback port (--port 0) and prints its URL as the first line of its output; Start-IEEmulator returns once it has
    read that line.
#>

Set-StrictMode -Version 3.0

function Get-IEEmulatorRepositoryRoot {
    <# The repository root: the first ancestor of this file that holds ImportExport.psd1. #>
    $dir = Get-Item -LiteralPath $PSScriptRoot
    while ($dir) {
        if (Test-Path -LiteralPath (Join-Path $dir.FullName 'ImportExport.psd1')) { return $dir.FullName }
        $dir = $dir.Parent
    }
    throw "No ImportExport.psd1 above $PSScriptRoot."
}

function Start-IEEmulator {
    <#
    .SYNOPSIS
        Starts the emulator on a free loopback port and returns @{ Url; Process }.
    .DESCRIPTION
        Which emulator: -Command, an installed importexport-emulator (the .NET tool); -Configuration, the build of
        src/ImportExport.Emulator in that configuration (dotnet exec of its dll, which must exist); -PreferBuilt, the
        newest build of any configuration if there is one; otherwise `dotnet run --project src/ImportExport.Emulator`,
        which builds it first.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Run')]
    param(
        # More emulator options, e.g. '--seed-jobs', '3'; a later '--port' wins over the default '--port 0'.
        [string[]] $ArgumentList = @(),
        [Parameter(ParameterSetName = 'Command', Mandatory)] [string] $Command,
        [Parameter(ParameterSetName = 'Built', Mandatory)] [string] $Configuration,
        [Parameter(ParameterSetName = 'Run')] [switch] $PreferBuilt,
        [int] $TimeoutSeconds = 300
    )

    $root = Get-IEEmulatorRepositoryRoot
    $bin = [System.IO.Path]::Combine($root, 'src', 'ImportExport.Emulator', 'bin')
    $dll = $null
    if ($PSCmdlet.ParameterSetName -eq 'Built') {
        $dll = [System.IO.Path]::Combine($bin, $Configuration, 'net10.0', 'ImportExport.Emulator.dll')
        if (-not (Test-Path -LiteralPath $dll)) { throw "The emulator is not built: $dll" }
    }
    elseif ($PreferBuilt) {
        $dll = Get-ChildItem -Path $bin -Filter ImportExport.Emulator.dll -Recurse -ErrorAction SilentlyContinue |
            Where-Object { $_.Directory.Name -eq 'net10.0' } | Sort-Object LastWriteTimeUtc -Descending |
            Select-Object -First 1 -ExpandProperty FullName
    }

    $start = New-Object System.Diagnostics.ProcessStartInfo
    $arguments = @('--port', '0') + $ArgumentList
    if ($Command) {
        $start.FileName = $Command
    }
    elseif ($dll) {
        $start.FileName = 'dotnet'
        $arguments = @('exec', $dll) + $arguments
    }
    else {
        $start.FileName = 'dotnet'
        $arguments = @('run', '--project', [System.IO.Path]::Combine($root, 'src', 'ImportExport.Emulator'), '--') + $arguments
    }
    # Quoted for ProcessStartInfo.Arguments (Windows PowerShell 5.1 has no ArgumentList): paths may hold spaces.
    $start.Arguments = ($arguments | ForEach-Object { if ($_ -match '[\s"]') { '"' + $_.Replace('"', '\"') + '"' } else { $_ } }) -join ' '
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardInput = $true
    $start.CreateNoWindow = $true
    $process = [System.Diagnostics.Process]::Start($start)

    # The first line, which is the URL; through dotnet run, the first line that is a URL (dotnet run may print build
    # warnings before the program starts).
    $viaRun = -not $Command -and -not $dll
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    $url = $null
    while (-not $url) {
        $read = $process.StandardOutput.ReadLineAsync()
        $left = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
        if (-not $read.Wait($left)) {
            Stop-IEEmulator -Emulator ([pscustomobject]@{ Process = $process })
            throw "The emulator did not print its URL within $TimeoutSeconds s."
        }
        $line = $read.Result
        if ($null -eq $line) {
            throw "The emulator exited (code $($process.ExitCode)) before printing its URL."
        }
        if ($line -match '^https?://\S+$') { $url = $line.TrimEnd('/') }
        elseif (-not $viaRun) { Stop-IEEmulator -Emulator ([pscustomobject]@{ Process = $process }); throw "The emulator's first line is not its URL: $line" }
    }

    return [pscustomobject]@{ Url = $url; Process = $process }
}

function Stop-IEEmulator {
    <# Ends the emulator Start-IEEmulator started, with its process tree (dotnet run starts it as a child). #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] [AllowNull()] $Emulator)
    $process = if ($Emulator) { $Emulator.Process } else { $null }
    if (-not $process -or $process.HasExited) { return }
    $killTree = $process.GetType().GetMethod('Kill', [Type[]]@([bool]))
    if ($killTree) {
        $process.Kill($true)
    }
    elseif ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) {
        & taskkill.exe /PID $process.Id /T /F | Out-Null
    }
    else {
        $process.Kill()
    }
    [void]$process.WaitForExit(10000)
}

Export-ModuleMember -Function Start-IEEmulator, Stop-IEEmulator, Get-IEEmulatorRepositoryRoot
