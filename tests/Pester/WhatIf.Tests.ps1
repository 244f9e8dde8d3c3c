# -WhatIf as a user reads it: "What if: Performing the operation "..." on target "..."." is written by the host,
# so it is captured from a child PowerShell (the same executable) that has this session's AWS_* variables.
# The wording comes from the cmdlets' ShouldProcess(target, action) calls.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    $job = New-IETestJob -JobType Import
    $manifestPath = Join-Path $TestDrive 'import.yaml'
    [System.IO.File]::WriteAllText($manifestPath, (New-IETestManifest -JobType Import))

    function Get-WhatIfLine([string[]] $Lines) {
        @($Lines | Where-Object { $_ -like 'What if:*' })
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'New-IEJob -WhatIf' {
    It 'names the operation and the manifest file, and creates nothing' {
        $before = @(Get-IEJob).Count
        $lines = Invoke-IETestChildPowerShell -Script "New-IEJob -JobType Import -ManifestPath '$manifestPath' -WhatIf"
        Get-WhatIfLine $lines | Should -Be "What if: Performing the operation `"Create Import job`" on target `"manifest file $manifestPath`"."
        @(Get-IEJob).Count | Should -Be $before
    }
}

Describe 'Update-IEJob -WhatIf' {
    It 'names the job and the new manifest' {
        $lines = Invoke-IETestChildPowerShell -Script "Update-IEJob -JobId '$($job.JobId)' -JobType Import -ManifestPath '$manifestPath' -WhatIf"
        Get-WhatIfLine $lines | Should -Be "What if: Performing the operation `"Replace the manifest with manifest file $manifestPath`" on target `"job $($job.JobId)`"."
    }
}

Describe 'Stop-IEJob -WhatIf' {
    It 'names every job from the pipeline and cancels none' {
        $second = New-IETestJob -JobType Export
        $lines = Invoke-IETestChildPowerShell -Script "'$($job.JobId)', '$($second.JobId)' | Stop-IEJob -WhatIf"
        Get-WhatIfLine $lines | Should -Be @(
            "What if: Performing the operation `"Cancel the job`" on target `"job $($job.JobId)`"."
            "What if: Performing the operation `"Cancel the job`" on target `"job $($second.JobId)`"."
        )
        (Get-IEJob | Where-Object JobId -eq $job.JobId).IsCanceled | Should -BeFalse
        (Get-IEJob | Where-Object JobId -eq $second.JobId).IsCanceled | Should -BeFalse
    }

    It 'still only shows what would happen with -Force' {
        $lines = Invoke-IETestChildPowerShell -Script "Stop-IEJob -JobId '$($job.JobId)' -Force -WhatIf"
        Get-WhatIfLine $lines | Should -Be "What if: Performing the operation `"Cancel the job`" on target `"job $($job.JobId)`"."
        (Get-IEJob | Where-Object JobId -eq $job.JobId).IsCanceled | Should -BeFalse
    }

    It 'cancels without a prompt with -Confirm:$false' {
        $victim = New-IETestJob -JobType Import
        $result = Stop-IEJob -JobId $victim.JobId -Confirm:$false -PassThru
        $result.Success | Should -BeTrue
        (Get-IEJob | Where-Object JobId -eq $victim.JobId).IsCanceled | Should -BeTrue
    }
}

Describe 'Start-MGNImport -WhatIf' {
    It 'names the S3 object' {
        $lines = Invoke-IETestChildPowerShell -Script "Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv -WhatIf"
        Get-WhatIfLine $lines | Should -Be 'What if: Performing the operation "Start MGN import" on target "s3://my-import-bucket/imports/servers.csv".'
    }
}

Describe '$WhatIfPreference' {
    It 'is honoured like -WhatIf' {
        $lines = Invoke-IETestChildPowerShell -Script "`$WhatIfPreference = `$true; Stop-IEJob -JobId '$($job.JobId)' -Force"
        Get-WhatIfLine $lines | Should -Be "What if: Performing the operation `"Cancel the job`" on target `"job $($job.JobId)`"."
        (Get-IEJob | Where-Object JobId -eq $job.JobId).IsCanceled | Should -BeFalse
    }
}

Describe 'Get-IEShippingLabel -OutFile / -OutDirectory -WhatIf' {
    BeforeAll {
        $address = "-Name 'Jane Doe' -Street1 '1 Main St' -City Anytown -StateOrProvince WA -PostalCode 91011 -Country USA -PhoneNumber 206-555-1111"
        # A port nothing listens on: any request would be an error in the output.
        $nowhere = "-EndpointUrl 'http://127.0.0.1:9' -MaxRetry 0"
    }

    It 'names the file, writes nothing and sends nothing (-OutFile)' {
        $file = Join-Path $TestDrive 'label.pdf'
        $lines = Invoke-IETestChildPowerShell -Script "Get-IEShippingLabel -JobId '$($job.JobId)' $address -OutFile '$file' $nowhere -WhatIf 2>&1"
        Get-WhatIfLine $lines | Should -Be "What if: Performing the operation `"Download the shipping label of job(s) $($job.JobId)`" on target `"$file`"."
        @($lines | Where-Object { $_ -notlike 'What if:*' -and $_.Trim() }) | Should -BeNullOrEmpty
        Test-Path -LiteralPath $file | Should -BeFalse
    }

    It 'names the file it would write in the folder (-OutDirectory)' {
        $lines = Invoke-IETestChildPowerShell -Script "Get-IEShippingLabel -JobId '$($job.JobId)' $address -OutDirectory '$TestDrive' $nowhere -WhatIf 2>&1"
        $expected = Join-Path $TestDrive "ShippingLabel-$($job.JobId).pdf"
        Get-WhatIfLine $lines | Should -Be "What if: Performing the operation `"Download the shipping label of job(s) $($job.JobId)`" on target `"$expected`"."
        Test-Path -LiteralPath $expected | Should -BeFalse
    }

    It 'downloads after -Confirm:$false as before' {
        $file = Join-Path $TestDrive 'confirmed.pdf'
        Invoke-Expression "Get-IEShippingLabel -JobId '$($job.JobId)' $address -OutFile '$file' -Confirm:`$false" | Out-Null
        Test-Path -LiteralPath $file | Should -BeTrue
    }
}
