# The runbooks of examples/ with the real Export-Csv / Import-Csv that the hosted engine of the xunit tests lacks.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # The emulator moves MGN imports along every second, so the MGN runbook reaches its end on its own.
    $emulator = Initialize-IETestSession -EmulatorArgumentList @('--import-step-seconds', '1')
    $examples = Join-Path (Get-IETestRepositoryRoot) 'examples'
    $keys = @{ EndpointUrl = $emulator.Url; AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'examples/Export-JobReport.ps1' {
    BeforeAll {
        $ids = @((New-IETestJob -JobType Import).JobId, (New-IETestJob -JobType Export).JobId)
        $csv = Join-Path $TestDrive 'jobs.csv'
        $file = & (Join-Path $examples 'Export-JobReport.ps1') -Path $csv @keys
        $rows = @(Import-Csv -Path $csv)
    }

    It 'writes the report and returns the file' {
        $file.FullName | Should -Be (Get-Item $csv).FullName
    }

    It 'has a row with the status of every job' {
        foreach ($id in $ids) {
            $row = $rows | Where-Object JobId -eq $id
            $row | Should -Not -BeNullOrEmpty
            $row.ProgressCode | Should -Be 'Pending'
        }
    }

    It 'filters by job type' {
        $importsOnly = Join-Path $TestDrive 'imports.csv'
        $null = & (Join-Path $examples 'Export-JobReport.ps1') -Path $importsOnly -JobType Import @keys
        @(Import-Csv -Path $importsOnly | Where-Object JobType -ne 'Import') | Should -BeNullOrEmpty
    }
}

Describe 'examples/New-JobFromManifestFile.ps1' {
    It 'validates, creates the job and writes its SIGNATURE' {
        $manifest = Join-Path $TestDrive 'manifest.yml'
        # -Path writes UTF-8 with a byte order mark, which Windows PowerShell 5.1 reads too (5.1 has no BOM-less UTF-8 encoding name).
        $null = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice -AccessKeyId AKIAIOSFODNN7EXAMPLE `
            -Name 'Jane Doe' -Street1 '123 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011 -PhoneNumber 206-555-1111 -Country USA `
            -Path $manifest
        $device = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'device')

        $job = & (Join-Path $examples 'New-JobFromManifestFile.ps1') -ManifestPath $manifest -DevicePath $device.FullName @keys -Confirm:$false

        $job.JobId | Should -Not -BeNullOrEmpty
        Get-Content -Raw (Join-Path $device.FullName 'SIGNATURE') | Should -Be $job.SignatureFileContents
    }
}

Describe 'examples/Start-MgnImportAndWait.ps1' {
    It 'checks, uploads and follows an import to its end and reports its counts' {
        $file = Join-Path $TestDrive 'wave1.csv'
        Set-Content -Path $file -Encoding utf8 -Value @(
            'mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework'
            'Wave 1,Billing,web-01,web-01.corp.example.com')
        $summary = & (Join-Path $examples 'Start-MgnImportAndWait.ps1') -Path $file -S3Bucket my-import-bucket -S3Key inventory/servers.csv `
            -Region eu-west-1 -PollInterval 0.2 -Timeout '00:01:00' -ErrorReportPath (Join-Path $TestDrive 'errors.csv') @keys -Confirm:$false

        $summary.Status | Should -Be 'SUCCEEDED'
        $summary.ServersCreatedCount + $summary.ServersModifiedCount | Should -Be 1
        if ($summary.ErrorCount -gt 0) {
            @(Import-Csv -Path $summary.ErrorReport.FullName).Count | Should -Be $summary.ErrorCount
        }
    }

    It 'reports the problems of a bad file to CSV in the shape of import errors, and uploads nothing' {
        $file = Join-Path $TestDrive 'bad.csv'
        Set-Content -Path $file -Encoding utf8 -Value @('mgn:wave:name,mgn:server:user-provided-id,mgn:server:platform', 'Wave 1,web-01,Solaris')
        $report = Join-Path $TestDrive 'problems.csv'
        $summary = & (Join-Path $examples 'Start-MgnImportAndWait.ps1') -Path $file -S3Bucket my-import-bucket -Region eu-west-1 -ErrorReportPath $report @keys -Confirm:$false

        $summary.Status | Should -Be 'CHECK_FAILED'
        $rows = @(Import-Csv -Path $report)
        $rows.Count | Should -Be $summary.ErrorCount
        $rows[0].RowNumber | Should -Be '2'
        $rows[0].ErrorType | Should -Be 'VALIDATION_ERROR'
    }
}

Describe 'examples/Update-MgnInstanceTypeInBulk.ps1' {
    BeforeAll {
        # An inventory of its own region: two servers of Billing on m5.large, one of Payroll.
        $region = 'ap-south-2'
        $seed = Join-Path $TestDrive 'seed.csv'
        Set-Content -Path $seed -Encoding utf8 -Value @(
            'mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,mgn:launch:instance-type'
            'Wave 1,Billing,web-01,web-01.corp.example.com,m5.large'
            'Wave 1,Billing,web-02,web-02.corp.example.com,m5.large'
            'Wave 1,Payroll,db-01,db-01.corp.example.com,m5.large')
        $seeded = Start-MGNImport -Path $seed -S3Bucket my-import-bucket -S3Key bulk/seed.csv -Region $region @keys -Confirm:$false |
            Wait-MGNImport -PollInterval 0.2 -Timeout 60 -Region $region @keys
        $work = Join-Path $TestDrive 'bulk'
        $result = & (Join-Path $examples 'Update-MgnInstanceTypeInBulk.ps1') -Application Billing -InstanceType m5.xlarge -S3Bucket my-import-bucket `
            -WorkFolder $work -Region $region -PollInterval 0.2 -Timeout '00:01:00' @keys -Confirm:$false
        $after = Export-MGNInventory -Path (Join-Path $TestDrive 'after.csv') -S3Bucket my-import-bucket -S3Key bulk/after.csv -PollInterval 0.2 -Region $region @keys -Confirm:$false |
            ForEach-Object { Import-Csv -LiteralPath $_.FullName }
    }

    It 'previews exactly what the import then reports' {
        $seeded.Status | Should -Be 'SUCCEEDED'
        $result.Status | Should -Be 'SUCCEEDED'
        $result.ServersToModify | Should -Be 2
        $result.ServersModifiedCount | Should -Be $result.ServersToModify
        $result.RowsToFail | Should -Be 0
    }

    It 'changes every server of the application and no other' {
        ($after | Where-Object 'mgn:app:name' -eq Billing).'mgn:launch:instance-type' | Should -Be @('m5.xlarge', 'm5.xlarge')
        ($after | Where-Object 'mgn:app:name' -eq Payroll).'mgn:launch:instance-type' | Should -Be 'm5.large'
    }

    It 'leaves the export, the edited file and the preview for review' {
        @(Import-Csv -LiteralPath $result.PreviewFile.FullName | Where-Object Action -eq Modify).Property | Should -Be @('mgn:launch:instance-type', 'mgn:launch:instance-type')
        @(Import-Csv -LiteralPath $result.EditedFile.FullName).Count | Should -Be 2
        $result.ExportedFile.Directory.FullName | Should -Be (Get-Item $work).FullName
        $result.FailedRowsFile | Should -BeNullOrEmpty
    }
}
