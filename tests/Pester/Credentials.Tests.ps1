# Credentials and shared files as a user meets them in real pwsh (issue 13: items 1, 3 and 8), with the module's
# dependencies in its own load context: files read per command, bad files and settings named, role profiles.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    $saved = @{ Credentials = $env:AWS_SHARED_CREDENTIALS_FILE; Config = $env:AWS_CONFIG_FILE; Key = $env:AWS_ACCESS_KEY_ID; Secret = $env:AWS_SECRET_ACCESS_KEY }
    $keys = @{ AccessKey = $env:AWS_ACCESS_KEY_ID; SecretKey = $env:AWS_SECRET_ACCESS_KEY }
    # Only the shared files give credentials here.
    Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY
    $keysSection = "aws_access_key_id = $($keys.AccessKey)`naws_secret_access_key = $($keys.SecretKey)"
}

AfterAll {
    $env:AWS_SHARED_CREDENTIALS_FILE = $saved.Credentials
    $env:AWS_CONFIG_FILE = $saved.Config
    $env:AWS_ACCESS_KEY_ID = $saved.Key
    $env:AWS_SECRET_ACCESS_KEY = $saved.Secret
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'Shared files' {
    BeforeEach {
        $credentials = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $config = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        Set-Content -Path $config -Value ''
        $env:AWS_SHARED_CREDENTIALS_FILE = $credentials
        $env:AWS_CONFIG_FILE = $config
    }

    It 'a malformed file is InvalidProfile naming file and line, and explicit keys still work' {
        Set-Content -Path $credentials -Value "[default`n$keysSection"
        # Terminating: nothing else in the command could work.
        $failed = { Get-IEJob } | Should -Throw -PassThru
        $failed.FullyQualifiedErrorId | Should -BeLike 'InvalidProfile,*'
        $failed.Exception.Message | Should -BeLike "*$credentials*line 1*"

        { Get-IEJob @keys -ErrorAction Stop } | Should -Not -Throw

        Set-Content -Path $credentials -Value "[default]`n$keysSection"
        { Get-IEJob -ErrorAction Stop } | Should -Not -Throw
    }

    It 'a profile that is gone from a newly named file is not found' {
        Set-Content -Path $credentials -Value "[good]`n$keysSection"
        { Get-IEJob -ProfileName good -ErrorAction Stop } | Should -Not -Throw

        $other = Join-Path $TestDrive 'other'
        Set-Content -Path $other -Value "[someone-else]`n$keysSection"
        $env:AWS_SHARED_CREDENTIALS_FILE = $other
        $failed = { Get-IEJob -ProfileName good } | Should -Throw -PassThru
        $failed.FullyQualifiedErrorId | Should -BeLike 'ProfileNotFound,*'
    }

    It 'max_attempts = abc is InvalidRetrySetting naming profile, key and file' {
        Set-Content -Path $credentials -Value "[dev]`n$keysSection"
        Set-Content -Path $config -Value "[profile dev]`nregion = eu-west-1`nmax_attempts = abc"
        $failed = { Get-MGNImport -ProfileName dev } | Should -Throw -PassThru
        $failed.FullyQualifiedErrorId | Should -BeLike 'InvalidRetrySetting,*'
        $failed.Exception.Message | Should -BeLike "*max_attempts*'dev'*$config*"
    }

    It 'an assume-role chain works (AWSSDK.SecurityToken loads beside the module''s AWSSDK.Core)' {
        Set-Content -Path $credentials -Value "[base]`n$keysSection"
        Set-Content -Path $config -Value "[profile first]`nrole_arn = arn:aws:iam::444455556666:role/First`nsource_profile = base`n[profile second]`nrole_arn = arn:aws:iam::444455556666:role/Second`nsource_profile = first"
        { Get-IEJob -ProfileName second -ErrorAction Stop } | Should -Not -Throw
        $loaded = [System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'AWSSDK.SecurityToken' }
        $loaded | Should -Not -BeNullOrEmpty
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($loaded[0]).Name | Should -Not -Be 'Default'
    }

    It 'a role chain whose source is a credential_process works, the process run by the module' -Skip:([Environment]::OSVersion.Platform -eq 'Win32NT') {
        $process = Join-Path $TestDrive 'keys.sh'
        $ran = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        Set-Content -Path $process -Value "#!/bin/sh`necho ran >> `"$ran`"`necho '{`"Version`": 1, `"AccessKeyId`": `"$($keys.AccessKey)`", `"SecretAccessKey`": `"$($keys.SecretKey)`"}'`n"
        chmod +x $process
        Set-Content -Path $credentials -Value "[broker]`ncredential_process = $process"
        Set-Content -Path $config -Value "[profile first]`nrole_arn = arn:aws:iam::444455556666:role/First`nsource_profile = broker`n[profile second]`nrole_arn = arn:aws:iam::444455556666:role/Second`nsource_profile = first`nrole_session_name = runbook"
        { Get-IEJob -ProfileName second -ErrorAction Stop } | Should -Not -Throw
        @(Get-Content -LiteralPath $ran).Count | Should -Be 1 -Because 'the source credentials are fetched once for both roles'
    }
}

Describe 'Ctrl+C while a credential_process runs' -Skip:([Environment]::OSVersion.Platform -eq 'Win32NT') {
    BeforeAll {
        # A user's credential_process that hangs (a token broker waiting for a login that never comes): a shell that
        # starts a child and waits, so both the process the module started and the one it started must go.
        $script:hang = Join-Path $TestDrive 'hang.sh'
        Set-Content -Path $hang -Value "#!/bin/sh`necho `$`$ > `"`$1`"`nsleep 120 &`necho `$! >> `"`$1`"`nwait`n"
        chmod +x $hang

        function Test-ProcessAlive([int] $Id) {
            $process = Get-Process -Id $Id -ErrorAction SilentlyContinue
            if ($null -eq $process) { return $false }
            # A killed process whose parent has not reaped it yet is a zombie: it runs nothing.
            $stat = "/proc/$Id/stat"
            if ((Test-Path -LiteralPath $stat) -and ((Get-Content -LiteralPath $stat -Raw) -replace '^.*\)\s+', '')[0] -eq 'Z') { return $false }
            return $true
        }
    }

    BeforeEach {
        $credentials = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $config = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $pids = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        # Also the source of a role chain (chained -> middle -> hang): the process runs before STS is ever asked.
        Set-Content -Path $config -Value "[profile middle]`nrole_arn = arn:aws:iam::444455556666:role/First`nsource_profile = hang`n[profile chained]`nrole_arn = arn:aws:iam::444455556666:role/Second`nsource_profile = middle"
        Set-Content -Path $credentials -Value "[hang]`ncredential_process = $hang $pids"
        $env:AWS_SHARED_CREDENTIALS_FILE = $credentials
        $env:AWS_CONFIG_FILE = $config
    }

    It 'Stop() ends <Command> at once, kills the process and what it started, and the session goes on' -ForEach @(
        @{ Command = 'Get-IEJob -ProfileName hang' }
        @{ Command = 'Get-MGNImport -ProfileName hang' }
        @{ Command = 'Get-IEJobStatus -JobId ABCDE -ProfileName chained' }
        @{ Command = 'New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket -ProfileName hang -Name a -Street1 b -City c -PostalCode 1 -PhoneNumber 2 -Country USA -StateOrProvince WA' }
    ) {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', (Get-IETestModuleManifest)).AddStatement().AddScript($Command)
            $async = $shell.BeginInvoke()
            $deadline = [datetime]::UtcNow.AddSeconds(30)
            while (@(Get-Content -LiteralPath $pids -ErrorAction SilentlyContinue).Count -lt 2 -and [datetime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 100
            }
            $started = @(Get-Content -LiteralPath $pids | ForEach-Object { [int]$_ })
            $started.Count | Should -Be 2 -Because 'the credential_process runs (its shell and its child)'

            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            # Far below the 120 s the process sleeps: the wait was ended, not sat out.
            $async.AsyncWaitHandle.WaitOne(20000) | Should -BeTrue
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'

            $deadline = [datetime]::UtcNow.AddSeconds(10)
            while (@($started | Where-Object { Test-ProcessAlive $_ }).Count -gt 0 -and [datetime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 100
            }
            @($started | Where-Object { Test-ProcessAlive $_ }) | Should -BeNullOrEmpty -Because 'nothing of the stopped command outlives it'

            $shell.Commands.Clear()
            $null = $shell.AddScript('Get-IEJob -AccessKey $args[0] -SecretKey $args[1] -ErrorAction Stop; "done"').AddArgument($keys.AccessKey).AddArgument($keys.SecretKey)
            @($shell.Invoke())[-1] | Should -Be 'done'
        }
        finally {
            foreach ($id in @(Get-Content -LiteralPath $pids -ErrorAction SilentlyContinue)) { Stop-Process -Id $id -Force -ErrorAction SilentlyContinue }
            $shell.Dispose()
        }
    }
}

Describe 'Ctrl+C while an assume-role profile waits for STS' {
    BeforeAll {
        # An STS endpoint that takes the connection and never answers (a proxy that black-holes it): the kernel
        # accepts into the backlog, nothing reads. AWSSDK.Core's own STS client calls it, without the command's token.
        $script:blackHole = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $blackHole.Start()
        $script:savedSts = $env:AWS_ENDPOINT_URL_STS
        $env:AWS_ENDPOINT_URL_STS = "http://127.0.0.1:$($blackHole.LocalEndpoint.Port)"
    }

    AfterAll {
        $blackHole.Stop()
        $env:AWS_ENDPOINT_URL_STS = $savedSts
    }

    BeforeEach {
        $credentials = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $config = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        Set-Content -Path $credentials -Value "[source]`n$keysSection"
        Set-Content -Path $config -Value "[profile role]`nrole_arn = arn:aws:iam::111122223333:role/Importer`nsource_profile = source`nregion = eu-west-1"
        $env:AWS_SHARED_CREDENTIALS_FILE = $credentials
        $env:AWS_CONFIG_FILE = $config
    }

    It 'Stop() ends <Command> at once and the session goes on' -ForEach @(
        @{ Command = 'Get-IEJob -ProfileName role -EndpointUrl $args[0]' }
        @{ Command = 'Get-MGNImport -ProfileName role -EndpointUrl $args[0]' }
    ) {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', (Get-IETestModuleManifest)).AddStatement().AddScript($Command).AddArgument($emulator.Url)
            $async = $shell.BeginInvoke()
            # Long enough for the command to be waiting on the black hole.
            Start-Sleep -Seconds 3
            $async.IsCompleted | Should -BeFalse -Because 'STS never answers'

            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            # Far below the STS client's own timeout: the wait was ended, not sat out.
            $async.AsyncWaitHandle.WaitOne(20000) | Should -BeTrue
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'

            $shell.Commands.Clear()
            $null = $shell.AddScript('Get-IEJob -AccessKey $args[0] -SecretKey $args[1] -EndpointUrl $args[2] -ErrorAction Stop; "done"').AddArgument($keys.AccessKey).AddArgument($keys.SecretKey).AddArgument($emulator.Url)
            @($shell.Invoke())[-1] | Should -Be 'done'
        }
        finally {
            $shell.Dispose()
        }
    }
}
