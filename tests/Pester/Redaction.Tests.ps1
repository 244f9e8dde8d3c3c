# Issue 24, items 2 and 3, as a user sees them in real pwsh: a credential provider's failure that carries a secret
# (an STS SignatureDoesNotMatch that echoes the canonical request with the session token; a credential_process that
# prints keys on its error output) leaves the secret out of every view a user has of the error: $Error[0] and its
# exception through Format-List * -Force, Get-Error, and a transcript of the session.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # A temporary key whose token the emulator knows; the profile below signs with a wrong secret for it.
    $script:sourceKey = 'ASIAQPESTERVIEWS0001'
    $script:sourceToken = 'FwoGZXIvYXdzPESTERtokenThatMustNeverBeShownInAnyView0123456789abcdefPESTER=='
    $script:wrongSecret = 'Vw8Sa/PESTERsecretKEYthatISwrong0123456789'
    $rightSecret = 'Zz9Sa/theRIGHTsecretKEYforPESTERviews00001'
    $emulator = Initialize-IETestSession -EmulatorArgumentList @(
        # --credential replaces the default pair, so the documentation's example pair (what the session signs with) comes too.
        '--credential', 'AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        '--credential', "$($sourceKey):$($rightSecret):$($sourceToken):444455556666")
    $saved = @{ Credentials = $env:AWS_SHARED_CREDENTIALS_FILE; Config = $env:AWS_CONFIG_FILE; Key = $env:AWS_ACCESS_KEY_ID; Secret = $env:AWS_SECRET_ACCESS_KEY; Sts = $env:AWS_ENDPOINT_URL_STS }
    Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY
    $env:AWS_ENDPOINT_URL_STS = $emulator.Url

    # Every view a user has of the last error, and the session's transcript, as one text.
    function Get-ErrorViews([scriptblock] $Command) {
        $transcript = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = Start-Transcript -LiteralPath $transcript
        try {
            $Error.Clear()
            # What the console shows of the error (the default view), into the transcript.
            try { & $Command 2>&1 | Out-Host } catch { $_ | Out-Host }
            $Error[0] | Format-List * -Force | Out-String -Width 4000 | Out-Host
            $Error[0].Exception | Format-List * -Force | Out-String -Width 4000 | Out-Host
            $Error[0] | Get-Error | Out-String -Width 4000 | Out-Host
        }
        finally {
            $null = Stop-Transcript
        }
        [pscustomobject]@{
            Record     = $Error[0]
            Views      = @(
                ($Error[0] | Format-List * -Force | Out-String -Width 4000),
                ($Error[0].Exception | Format-List * -Force | Out-String -Width 4000),
                ($Error[0] | Get-Error | Out-String -Width 4000)) -join "`n"
            Transcript = Get-Content -LiteralPath $transcript -Raw
        }
    }
}

AfterAll {
    $env:AWS_SHARED_CREDENTIALS_FILE = $saved.Credentials
    $env:AWS_CONFIG_FILE = $saved.Config
    $env:AWS_ACCESS_KEY_ID = $saved.Key
    $env:AWS_SECRET_ACCESS_KEY = $saved.Secret
    $env:AWS_ENDPOINT_URL_STS = $saved.Sts
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'Secrets in the views of a credential failure' {
    BeforeEach {
        $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $env:AWS_CONFIG_FILE = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        Set-Content -LiteralPath $env:AWS_CONFIG_FILE -Value ''
    }

    It 'an STS SignatureDoesNotMatch that echoes the session token shows the cause and never the token or secret' {
        Set-Content -LiteralPath $env:AWS_SHARED_CREDENTIALS_FILE -Value "[temp]`naws_access_key_id = $sourceKey`naws_secret_access_key = $wrongSecret`naws_session_token = $sourceToken"
        Set-Content -LiteralPath $env:AWS_CONFIG_FILE -Value "[profile admin]`nrole_arn = arn:aws:iam::444455556666:role/Admin`nsource_profile = temp"

        $seen = Get-ErrorViews { Get-IEJob -ProfileName admin }

        $seen.Record.FullyQualifiedErrorId | Should -BeLike 'InvalidProfile,*'
        $seen.Views | Should -BeLike '*signature we calculated does not match*'
        foreach ($text in $seen.Views, $seen.Transcript) {
            $text | Should -Not -BeLike "*$sourceToken*"
            $text | Should -Not -BeLike "*$($sourceToken.Substring(0, 40))*"
            $text | Should -Not -BeLike "*$wrongSecret*"
            $text | Should -Not -BeLike '*Exception of type*'
        }
        $seen.Transcript | Should -BeLike '*InvalidProfile*'
    }

    It 'a credential_process that prints keys on its error output shows the failure and never the keys' -Skip:([Environment]::OSVersion.Platform -eq 'Win32NT') {
        $printedSecret = 'Pq7Ss/PESTERprocessSECRETprintedONstderr01'
        $printedToken = 'IQoJPESTERprocessTOKENprintedONstderrThatMustNotBeShown0123456789'
        $broker = Join-Path $TestDrive 'broker.sh'
        Set-Content -LiteralPath $broker -Value "#!/bin/sh`necho 'aws_secret_access_key=$printedSecret' >&2`necho 'aws_session_token = $printedToken' >&2`necho '{`"SecretAccessKey`": `"$printedSecret`"}' >&2`necho 'the broker is down' >&2`nexit 3`n"
        chmod +x $broker
        Set-Content -LiteralPath $env:AWS_SHARED_CREDENTIALS_FILE -Value "[broker]`ncredential_process = $broker"

        $seen = Get-ErrorViews { Get-IEJob -ProfileName broker }

        $seen.Record.FullyQualifiedErrorId | Should -BeLike 'InvalidProfile,*'
        $seen.Views | Should -BeLike '*exited with code 3*'
        $seen.Views | Should -BeLike '*the broker is down*'
        foreach ($text in $seen.Views, $seen.Transcript) {
            $text | Should -Not -BeLike "*$printedSecret*"
            $text | Should -Not -BeLike "*$printedToken*"
        }
        $seen.Transcript | Should -BeLike '*exited with code 3*'
    }
}
