<#
    The one place that says how to start "the PowerShell to run" as a child process: build.ps1, the Pester helpers
    and the tests that read what a host prints all ask Get-PowerShellCommand. Windows PowerShell 5.1 and
    PowerShell 7 syntax only.

    Why it is not simply the current process's path: when pwsh runs as a .NET tool (dotnet tool run pwsh, the
    repository's pinned tool), the process is the dotnet host and the PowerShell is pwsh.dll, its first argument.
    Starting "dotnet -NoProfile ..." would ask the .NET SDK for a command named -NoProfile. The child must be
    started the same way: dotnet <pwsh.dll> -NoProfile ...
#>

Set-StrictMode -Version 3.0

function Get-PowerShellCommand {
    <#
    .SYNOPSIS
        How to start a PowerShell like this one: FilePath, the arguments that come before PowerShell's own, and a
        display name.
    #>
    [CmdletBinding()]
    param()

    $process = (Get-Process -Id $PID).Path
    $leaf = [System.IO.Path]::GetFileNameWithoutExtension($process)
    if ($leaf -eq 'dotnet') {
        # The entry assembly is pwsh.dll of the tool package (GetCommandLineArgs()[0] is that same path).
        $entry = [System.Reflection.Assembly]::GetEntryAssembly()
        $pwshDll = if ($entry -and $entry.Location) { $entry.Location } else { [System.Environment]::GetCommandLineArgs()[0] }
        return [pscustomobject]@{ FilePath = $process; PrefixArguments = @($pwshDll); Display = "$process $pwshDll" }
    }
    return [pscustomobject]@{ FilePath = $process; PrefixArguments = @(); Display = $process }
}

function Invoke-PowerShellProcess {
    <#
    .SYNOPSIS
        Runs script text in a fresh PowerShell process (-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand) and returns
        what it printed, stdout and stderr merged, as strings. $LASTEXITCODE is the child's exit code.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Script,
        # Another PowerShell than this one (an object from Get-PowerShellCommand, or an executable path).
        $Command = (Get-PowerShellCommand),
        # Lines typed at the child's prompts (its standard input); the child then runs without -NonInteractive, so
        # that it asks, as a console user's session does.
        [string[]] $Answer
    )

    if ($Command -is [string]) { $Command = [pscustomobject]@{ FilePath = $Command; PrefixArguments = @(); Display = $Command } }
    $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($Script))
    $interactive = if ($PSBoundParameters.ContainsKey('Answer')) { @() } else { @('-NonInteractive') }
    $arguments = @($Command.PrefixArguments) + @('-NoProfile') + $interactive + @('-ExecutionPolicy', 'Bypass', '-EncodedCommand', $encoded)
    # Continue: in Windows PowerShell, 2>&1 on a native command turns stderr lines into errors that Stop would throw.
    $ErrorActionPreference = 'Continue'
    # Text for assertions, so without the ANSI colour sequences pwsh adds to errors (they are not valid in XML
    # test reports either).
    # 6>$null: a child pwsh that fails also sends its host output as CLIXML on stderr, which this PowerShell turns
    # back into information records; the child's stdout has that text already.
    $Answer | & $Command.FilePath @arguments 2>&1 6>$null | ForEach-Object { "$_" -replace "$([char]27)\[[0-9;?]*[A-Za-z]", '' }
}

Export-ModuleMember -Function Get-PowerShellCommand, Invoke-PowerShellProcess
