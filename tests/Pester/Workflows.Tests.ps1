# "Beyond the API" (issue 5) in full PowerShell: Save-IESignatureFile, label download, New-IEManifest / Test-IEManifest,
# Get-IEJob -IncludeStatus, Get-MGNImport / Get-MGNImportError / Wait-MGNImport, and the examples/ runbook, with the
# cmdlets the xunit host lacks (Export-Csv, Format-Table, Out-String, Get-ChildItem, Get-Content) and the -WhatIf text.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # MGN imports move one step every 0.05 s, so waiting takes well under a second.
    $emulator = Initialize-IETestSession -EmulatorArgumentList '--import-step-seconds', '0.05'
    $address = @{
        Name = 'Jane Roe'; Company = 'Example Corp'; Street1 = '123 Any Street'; City = 'Anytown'
        StateOrProvince = 'WA'; PostalCode = '91011-1111'; PhoneNumber = '206-555-0100'; Country = 'USA'
    }
    $typeNamePattern = '(^|[^\w])(System|ImportExport)\.[A-Z]\w+'
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'New-IEManifest | New-IEJob | Save-IESignatureFile' {
    BeforeEach {
        $device = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $device
    }

    It 'creates the job and writes SIGNATURE byte for byte, without a BOM' {
        $file = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice @address |
            New-IEJob -JobType Import -Confirm:$false -OutVariable job |
            Save-IESignatureFile -Path $device

        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.Name | Should -BeExactly 'SIGNATURE'
        $bytes = [System.IO.File]::ReadAllBytes($file.FullName)
        $expected = [System.Text.UTF8Encoding]::new($false).GetBytes($job[0].SignatureFileContents)
        [Convert]::ToBase64String($bytes) | Should -BeExactly ([Convert]::ToBase64String($expected))
        $bytes[0] | Should -Not -Be 0xEF
    }

    It 'refuses a different SIGNATURE without -Force, with a specific error id' {
        Set-Content -Path (Join-Path $device 'SIGNATURE') -Value 'jobId:OTHER' -NoNewline
        $job = New-IETestJob

        $job | Save-IESignatureFile -Path $device -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $failed[0].FullyQualifiedErrorId | Should -BeLike 'SignatureFileExists,*'
        Get-Content -Raw -Path (Join-Path $device 'SIGNATURE') | Should -BeExactly 'jobId:OTHER'
        ($job | Save-IESignatureFile -Path $device -Force).Name | Should -Be 'SIGNATURE'
    }

    It 'shows the file it would write with -WhatIf and writes nothing' {
        $job = New-IETestJob
        $lines = Invoke-IETestChildPowerShell -Script "Save-IESignatureFile -Path '$device' -JobId '$($job.JobId)' -SignatureFileContents 'jobId:$($job.JobId)' -WhatIf"

        ($lines -join "`n") | Should -Match ([regex]::Escape("Write the signature file of job $($job.JobId)"))
        ($lines -join "`n") | Should -Match 'SIGNATURE'
        Get-ChildItem -Path $device | Should -BeNullOrEmpty
    }
}

Describe 'Get-IEShippingLabel -OutFile / -OutDirectory' {
    It 'downloads the label PDF and returns the file, and the label with -PassThru' {
        $job = New-IETestJob
        $out = @($job | Get-IEShippingLabel @address -OutDirectory $TestDrive -PassThru)

        $out.Count | Should -Be 2
        $out[0] | Should -BeOfType ([System.IO.FileInfo])
        $out[0].Name | Should -Be "ShippingLabel-$($job.JobId).pdf"
        [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($out[0].FullName), 0, 5) | Should -Be '%PDF-'
        $out[1].ShippingLabelURL | Should -Not -BeNullOrEmpty
        Get-ChildItem -Path $TestDrive -Filter '*.tmp' -Force | Should -BeNullOrEmpty
    }
}

Describe 'New-IEManifest and Test-IEManifest' {
    It 'writes a manifest file that Test-IEManifest passes and New-IEJob accepts' {
        $path = Join-Path $TestDrive 'export.yaml'
        $operations = @{ exportBucket = 'my-export-bucket'; prefix = 'logs/' }, @{ exportBucket = 'my-export-bucket'; prefix = 'images/' }
        New-IEManifest -JobType Export -DeviceId 532404500021 -LogBucket my-log-bucket -FileSystem NTFS -ExportOperation $operations @address -Path $path |
            Should -BeOfType ([System.IO.FileInfo])

        Test-IEManifest -Path $path | Should -BeNullOrEmpty
        Test-IEManifest -Path $path -Quiet | Should -BeTrue
        (New-IEJob -JobType Export -ManifestPath $path -ValidateOnly).ValidateOnly | Should -BeTrue
    }

    It 'checks every file Get-ChildItem pipes, and every file a wildcard matches' {
        $folder = Join-Path $TestDrive 'many'
        $null = New-Item -ItemType Directory -Path $folder
        New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket @address -Path (Join-Path $folder 'good.yaml') | Out-Null
        Set-Content -LiteralPath (Join-Path $folder 'bad.yaml') -Value 'manifestVersion: 2.0'
        @(Get-ChildItem -Path $folder -Filter *.yaml | Sort-Object Name | Test-IEManifest -Quiet) | Should -Be @($false, $true)
        @(Test-IEManifest -Path (Join-Path $folder '*.yaml') -Quiet).Count | Should -Be 2
        $issues = @(Get-ChildItem -Path $folder -Filter *.yaml | Test-IEManifest)
        $issues.Count | Should -BeGreaterThan 0
        @($issues | Where-Object { $_.Source -notlike '*bad.yaml' }) | Should -BeNullOrEmpty
    }

    It 'quotes values YAML would misread, and the text reads back unchanged' {
        $manifest = New-IEManifest -JobType Import -DeviceId '0123' -Bucket my-import-bucket @address -Company 'No'
        $manifest | Should -Match 'deviceId: "0123"'
        $manifest | Should -Match 'company: "No"'
        $manifest | Test-IEManifest | Should -BeNullOrEmpty
    }

    It 'names the parameter of each problem and emits nothing' {
        $result = New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket @address -Street1 'P.O. Box 7' -ErrorVariable problems -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $problems[0].TargetObject | Should -Be '-Street1'
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'InvalidManifestFieldException,*'
    }

    It 'reports every problem of every file in a folder, as a table and as CSV' {
        $folder = Join-Path $TestDrive 'manifests'
        $null = New-Item -ItemType Directory -Path $folder
        Set-Content -Path (Join-Path $folder 'a.yaml') -Value "manifestVersion: 3.0`naccessKeyId: AKIAIOSFODNN7EXAMPLE`ndeviceId: 1`neraseDevice: maybe"
        Set-Content -Path (Join-Path $folder 'b.yaml') -Value 'deviceId: ['
        $issues = @(Get-ChildItem -Path $folder -Filter *.yaml | Test-IEManifest)

        @($issues.Source | Sort-Object -Unique).Count | Should -Be 2
        $issues.Field | Should -Contain 'manifestVersion'
        $issues.Field | Should -Contain 'eraseDevice'
        @($issues | Where-Object Kind -eq 'Malformed').Count | Should -Be 1

        $table = $issues | Out-String -Width 200
        $table | Should -Match 'Line\s+Kind\s+Field\s+Rule'
        $table | Should -Not -Match 'ImportExport\.Manifest'

        $csv = Join-Path $TestDrive 'issues.csv'
        $issues | Export-Csv -Path $csv -NoTypeInformation
        @(Import-Csv -Path $csv)[0].psobject.Properties.Name | Should -Be @('Source', 'Line', 'Field', 'Kind', 'ErrorCode', 'Rule', 'Message')
    }
}

Describe 'Get-IEJob -IncludeStatus' {
    BeforeAll {
        1..3 | ForEach-Object { $null = New-IETestJob }
        $listed = @(Get-IEJob)
    }

    It 'returns one flat row per job in listing order' {
        $rows = @(Get-IEJob -IncludeStatus -ThrottleLimit 2)
        $rows.JobId | Should -Be $listed.JobId
        $rows[0].PSObject.TypeNames[0] | Should -Be 'ImportExport.IE.JobOverview'

        $csv = Join-Path $TestDrive 'overview.csv'
        $rows | Export-Csv -Path $csv -NoTypeInformation
        $cells = @(Import-Csv -Path $csv | ForEach-Object { $_.psobject.Properties.Value })
        $cells | Where-Object { $_ -match $typeNamePattern } | Should -BeNullOrEmpty
    }

    It 'shows a status table by default' {
        $text = Get-IEJob -IncludeStatus -First 2 | Out-String -Width 200
        $text | Should -Match 'JobId\s+JobType\s+LocationCode\s+ProgressCode'
    }
}

Describe 'Following an MGN import' {
    It 'checks, uploads and imports a local file, waits for it, and returns the final task' {
        $file = Join-Path $TestDrive 'wave1.csv'
        [pscustomobject]@{ Wave = 'Wave 1'; App = 'Billing'; Host = 'web-01'; Fqdn = 'web-01.corp.example.com' } |
            New-MGNImportFile -Path $file -Map ([ordered]@{ 'mgn:wave:name' = 'Wave'; 'mgn:app:name' = 'App'; 'mgn:server:user-provided-id' = 'Host'; 'mgn:server:fqdn-for-action-framework' = 'Fqdn' }) |
            Should -Not -BeNullOrEmpty
        Test-MGNImportFile -Path $file -Quiet | Should -BeTrue
        $task = Start-MGNImport -Path $file -S3Bucket my-import-bucket -S3Key imports/servers.csv -Confirm:$false | Wait-MGNImport -PollInterval 0.02 -Timeout 30
        $task.Status | Should -Be 'SUCCEEDED'
        $task.ProgressPercentage | Should -Be 100
    }

    It 'reports a failed import with its error count and the command to list them, which works' {
        # No object under this key: the import fails with one error naming it.
        $null = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/not-uploaded.csv -Wait -PollInterval 0.02 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ImportFailed,*'
        $failed[0].ErrorDetails.Message | Should -Match '1 error\(s\)'
        $failed[0].ErrorDetails.RecommendedAction | Should -BeLike 'Get-MGNImportError -ImportId import-*'

        # The error's target is the import id, so the recommended command is one pipeline away.
        $errors = @($failed[0].TargetObject | Get-MGNImportError)
        $errors.Count | Should -Be 1
        $errors[0].RawError | Should -Match 'imports/not-uploaded.csv does not exist'

        $csv = Join-Path $TestDrive 'import-errors.csv'
        $errors | Export-Csv -Path $csv -NoTypeInformation
        @(Import-Csv -Path $csv)[0].psobject.Properties.Name |
            Should -Be @('ImportId', 'RowNumber', 'ErrorType', 'RawError', 'AccountId', 'ApplicationId', 'SourceServerId', 'WaveId', 'Ec2LaunchTemplateId', 'ErrorDateTime', 'ErrorDateTimeUtc')
    }

    It 'times out with a specific error when an import does not end in time' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/slow.csv -Confirm:$false
        $null = Wait-MGNImport -ImportId $task.ImportId -Timeout 0.01 -PollInterval 0.01 -ErrorVariable late -ErrorAction SilentlyContinue
        $late[0].FullyQualifiedErrorId | Should -BeLike 'ImportWaitTimeout,*'
        $late[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
    }

    It 'lists imports by id, ten per request, and stops early with -First' {
        $ids = @(1..12 | ForEach-Object { (Start-MGNImport -S3Bucket my-import-bucket -S3Key "imports/batch-$_.csv" -Confirm:$false).ImportId })
        @($ids | Get-MGNImport).Count | Should -Be 12
        @(Get-MGNImport -First 3 -PageSize 2).Count | Should -Be 3
        # An id that is not shaped like an MGN import id fails parameter validation, which stops the command.
        { Get-MGNImport -ImportId 'import-1' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }
}

Describe 'examples/New-ImportJobFromScratch.ps1' {
    It 'runs end to end against the emulator' {
        $device = Join-Path $TestDrive 'device'
        $null = New-Item -ItemType Directory -Path $device
        $runbook = [System.IO.Path]::Combine((Get-IETestRepositoryRoot), 'examples', 'New-ImportJobFromScratch.ps1')

        $result = & $runbook -EndpointUrl $emulator.Url -DevicePath $device -LabelDirectory $TestDrive

        $result.JobId | Should -Not -BeNullOrEmpty
        $result.SignatureFile.FullName | Should -Be (Join-Path $device 'SIGNATURE')
        Test-Path -LiteralPath $result.LabelFile.FullName | Should -BeTrue
        (Get-IEJobStatus -JobId $result.JobId).SignatureFileContents | Should -BeExactly ([System.IO.File]::ReadAllText($result.SignatureFile.FullName))
    }
}
