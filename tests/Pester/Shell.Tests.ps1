# What a session in real pwsh does with the module beyond single commands: objects saved and read back (CSV, JSON,
# CLIXML) pipe into the cmdlets again; the cmdlets run in ForEach-Object -Parallel and Start-ThreadJob runspaces;
# -Confirm and $ConfirmPreference are honoured; a command stopped while its request is in flight returns at once; the
# tour runs in a child pwsh as the README shows it.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    $moduleManifest = Get-IETestModuleManifest
    $jobs = @((New-IETestJob -JobType Import), (New-IETestJob -JobType Export))
    $ids = @($jobs.JobId)

    function Add-Fault([hashtable] $Spec) {
        $null = Invoke-RestMethod -Method Post -Uri "$($emulator.Url)/__admin/faults" -ContentType 'application/json' -Body ($Spec | ConvertTo-Json)
    }
    function Clear-Fault {
        $null = Invoke-RestMethod -Method Delete -Uri "$($emulator.Url)/__admin/faults"
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'Objects read back from a file pipe into the cmdlets again' {
    It 'Export-Csv, then Import-Csv | Get-IEJobStatus' {
        $csv = Join-Path $TestDrive 'jobs.csv'
        Get-IEJob | Where-Object JobId -in $ids | Export-Csv -LiteralPath $csv -NoTypeInformation
        $status = @(Import-Csv -LiteralPath $csv | Get-IEJobStatus)
        @($status.JobId | Sort-Object) | Should -Be @($ids | Sort-Object)
    }

    It 'Export-Clixml, then Import-Clixml | Get-IEJobStatus, with real dates and booleans' {
        $xml = Join-Path $TestDrive 'jobs.xml'
        Get-IEJob | Where-Object JobId -in $ids | Export-Clixml -LiteralPath $xml
        $read = @(Import-Clixml -LiteralPath $xml)
        $read[0].CreationDate | Should -BeOfType [datetime]
        $read[0].IsCanceled | Should -BeOfType [bool]
        @(($read | Get-IEJobStatus).JobId | Sort-Object) | Should -Be @($ids | Sort-Object)
    }

    It 'ConvertTo-Json, then ConvertFrom-Json | Get-IEJobStatus' {
        $json = Get-IEJob | Where-Object JobId -in $ids | ConvertTo-Json
        @((ConvertFrom-Json $json | Get-IEJobStatus).JobId | Sort-Object) | Should -Be @($ids | Sort-Object)
    }

    It 'an MGN import read back from CSV pipes into Get-MGNImport' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/roundtrip.csv -Confirm:$false
        $csv = Join-Path $TestDrive 'imports.csv'
        $task | Export-Csv -LiteralPath $csv -NoTypeInformation
        (Import-Csv -LiteralPath $csv | Get-MGNImport).ImportId | Should -Be $task.ImportId
    }
}

Describe 'Runspaces of their own' {
    It 'ForEach-Object -Parallel runs Get-IEJobStatus in each runspace' -Skip:($PSVersionTable.PSVersion.Major -lt 7) {
        $manifest = $moduleManifest
        $result = @($ids | ForEach-Object -Parallel {
                Import-Module -Name $using:manifest
                Get-IEJobStatus -JobId $_
            } -ThrottleLimit 2)
        @($result.JobId | Sort-Object) | Should -Be @($ids | Sort-Object)
    }

    It 'Start-ThreadJob runs Get-IEJob, and Receive-Job returns typed objects' -Skip:(-not (Get-Command Start-ThreadJob -ErrorAction SilentlyContinue)) {
        $manifest = $moduleManifest
        $job = Start-ThreadJob -ScriptBlock { Import-Module -Name $using:manifest; Get-IEJob }
        $listed = @($job | Wait-Job -Timeout 120 | Receive-Job)
        $job | Remove-Job -Force
        $listed.JobId | Should -Contain $ids[0]
        $listed[0].CreationDate | Should -BeOfType [datetime]
    }
}

Describe 'Confirmation' {
    It 'asks before Stop-IEJob cancels (ConfirmImpact High): a non-interactive host cannot answer, nothing is canceled' {
        $job = New-IETestJob -JobType Import
        { Stop-IEJob -JobId $job.JobId -ErrorAction Stop } | Should -Throw
        (Get-IEJobStatus -JobId $job.JobId).ProgressCode | Should -Not -Be 'Canceled'
    }

    It 'still asks with $ConfirmPreference = None, since a cancel cannot be undone; -Confirm:$false does not ask' {
        $job = New-IETestJob -JobType Import
        $ConfirmPreference = 'None'
        { Stop-IEJob -JobId $job.JobId -ErrorAction Stop } | Should -Throw
        (Stop-IEJob -JobId $job.JobId -Confirm:$false -PassThru).Success | Should -BeTrue
    }

    It 'asks for New-IEJob when $ConfirmPreference is Medium or lower' {
        $ConfirmPreference = 'Low'
        { New-IEJob -JobType Import -Manifest (New-IETestManifest) -ErrorAction Stop } | Should -Throw
    }

    It 'asks when -Confirm is given, even with -Force' {
        $job = New-IETestJob -JobType Import
        { Stop-IEJob -JobId $job.JobId -Force -Confirm -ErrorAction Stop } | Should -Throw
        (Get-IEJobStatus -JobId $job.JobId).ProgressCode | Should -Not -Be 'Canceled'
    }
}

Describe 'Stopping a command while its request is in flight' {
    AfterEach { Clear-Fault }

    It 'returns promptly from Stop() during a <Operation> answer delayed by 60 s, and the runspace is usable after' -ForEach @(
        @{ Operation = 'GetStatus'; Script = 'Get-IEJobStatus -JobId $args[0]' }
        @{ Operation = 'ListJobs'; Script = 'Get-IEJob' }
        @{ Operation = 'ListImports'; Script = 'Get-MGNImport' }
    ) {
        Add-Fault @{ kind = 'Delay'; operation = $Operation; delayMs = 60000; count = 1 }
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', $moduleManifest).AddStatement().AddScript($Script).AddArgument($ids[0])
            $async = $shell.BeginInvoke()
            Start-Sleep -Milliseconds 1500    # the request is sent and waiting for its answer
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            $async.AsyncWaitHandle.WaitOne(10000) | Should -BeTrue
            $clock.Stop()
            # Far below the 60 s the answer takes: the request was canceled, not waited for.
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'

            $shell.Commands.Clear()
            $null = $shell.AddScript('Get-IEJobStatus -JobId $args[0]').AddArgument($ids[0])
            @($shell.Invoke()).JobId | Should -Be $ids[0]
        }
        finally {
            $shell.Dispose()
        }
    }
}

Describe 'examples/Tour.ps1 in a child pwsh' {
    It 'shows every step as a user reads it' {
        $tour = [System.IO.Path]::Combine((Get-IETestRepositoryRoot), 'examples', 'Tour.ps1')
        $lines = Invoke-IETestChildPowerShell -Script "& '$($tour.Replace("'", "''"))' -EndpointUrl '$($emulator.Url)'"
        $text = $lines -join "`n"
        foreach ($step in 'New-IEManifest', 'New-IEJob -JobType Import -Manifest $manifest -ValidateOnly', 'Get-IEJob | Get-IEJobStatus', 'Get-IEShippingLabel', 'Stop-IEJob -Force -PassThru', 'Start-MGNImport') {
            $text | Should -BeLike "*PS> *$step*"
        }
        $text | Should -Match '(?m)^JobId\s+JobType\s+CreationDate\s+IsCanceled'
        $text | Should -Match 'InvalidJobIdException'
    }
}
