# The output objects in the cmdlets of full PowerShell that the hosted engine of the xunit tests lacks:
# Export-Csv / Import-Csv, Select-Object, Sort-Object, Group-Object, ConvertTo-Json, Format-Table / Format-List.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    $created = @(
        New-IETestJob -JobType Import
        New-IETestJob -JobType Export
        New-IETestJob -JobType Import
    )
    $typeNamePattern = '(^|[^\w])(System|ImportExport)\.[A-Z]\w+'
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'Get-IEJob | Export-Csv' {
    BeforeAll {
        $jobs = @(Get-IEJob)
        $csv = Join-Path $TestDrive 'jobs.csv'
        $jobs | Export-Csv -Path $csv -NoTypeInformation
        $rows = @(Import-Csv -Path $csv)
    }

    It 'writes one row per job, with the JobSummary columns' {
        $rows.Count | Should -Be $jobs.Count
        $rows.Count | Should -BeGreaterOrEqual $created.Count
        @($rows[0].psobject.Properties.Name | Sort-Object) | Should -Be @('CreationDate', 'CreationDateUtc', 'IsCanceled', 'JobId', 'JobType')
    }

    It 'has no .NET type names in any cell' {
        $cells = @($rows | ForEach-Object { $_.psobject.Properties.Value })
        $cells | Where-Object { $_ -match $typeNamePattern } | Should -BeNullOrEmpty
    }

    It 'round-trips the values' {
        for ($i = 0; $i -lt $jobs.Count; $i++) {
            $rows[$i].JobId | Should -Be $jobs[$i].JobId
            $rows[$i].JobType | Should -BeIn @('Import', 'Export')
            $rows[$i].JobType | Should -Be "$($jobs[$i].JobType)"
            $rows[$i].IsCanceled | Should -Be "$($jobs[$i].IsCanceled)"
            [datetime]::Parse($rows[$i].CreationDate).ToString('s') | Should -Be $jobs[$i].CreationDate.ToString('s')
        }
    }
}

Describe 'Export-Csv of the other outputs' {
    It 'writes Get-IEJobStatus output (artifacts as text) without type names' {
        $csv = Join-Path $TestDrive 'status.csv'
        $created | Get-IEJobStatus | Export-Csv -Path $csv -NoTypeInformation
        $rows = @(Import-Csv -Path $csv)
        $rows.Count | Should -Be $created.Count
        $rows[0].psobject.Properties.Name | Should -Contain 'ProgressCode'
        $rows[0].psobject.Properties.Name | Should -Contain 'ArtifactList'
        @($rows | ForEach-Object { $_.psobject.Properties.Value }) | Where-Object { $_ -match $typeNamePattern } | Should -BeNullOrEmpty
    }

    It 'writes a shipping label for two jobs with both ids in one cell' {
        $label = $created[0], $created[1] | Get-IEShippingLabel -Name 'Jane Roe' -Street1 '123 Any Street' -City Anytown `
            -StateOrProvince WA -PostalCode 91011 -Country USA -PhoneNumber 206-555-0100
        $row = $label | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $row.JobId | Should -Match ([regex]::Escape($created[0].JobId))
        $row.JobId | Should -Match ([regex]::Escape($created[1].JobId))
        $row.JobId | Should -Not -Match $typeNamePattern
    }

    It 'writes an MGN import task flat, tags as text' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv -Tag @{ Project = 'Lift' } -Confirm:$false
        $row = $task | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $row.ImportId | Should -Match '^import-[0-9a-zA-Z]{17}$'
        $row.S3Bucket | Should -Be 'my-import-bucket'
        $row.Tags | Should -Match 'Project'
        @($row.psobject.Properties.Value) | Where-Object { $_ -match $typeNamePattern } | Should -BeNullOrEmpty
    }
}

Describe 'Select-Object, Sort-Object and Group-Object on Get-IEJob' {
    It 'has real DateTime and Boolean properties' {
        $job = Get-IEJob -First 1
        $job.CreationDate | Should -BeOfType [datetime]
        $job.IsCanceled | Should -BeOfType [bool]
    }

    It 'sorts by CreationDate chronologically' {
        $sorted = @(Get-IEJob | Sort-Object -Property CreationDate -Descending)
        for ($i = 1; $i -lt $sorted.Count; $i++) {
            $sorted[$i - 1].CreationDate | Should -BeGreaterOrEqual $sorted[$i].CreationDate
        }
    }

    It 'selects properties and stops early with -First' {
        $picked = @(Get-IEJob | Select-Object -Property JobId, JobType -First 2)
        $picked.Count | Should -Be 2
        @($picked[0].psobject.Properties.Name) | Should -Be @('JobId', 'JobType')
    }

    It 'groups by JobType' {
        $groups = Get-IEJob | Group-Object -Property JobType
        @($groups.Name) | Should -Contain 'Import'
        @($groups.Name) | Should -Contain 'Export'
    }

    It 'filters with Where-Object and feeds Get-IEJobStatus by property name' {
        $ids = @($created | Where-Object JobType -eq 'Export' | ForEach-Object JobId)
        $statuses = @(Get-IEJob | Where-Object { $ids -contains $_.JobId } | Get-IEJobStatus)
        @($statuses.JobId) | Should -Be $ids
    }
}

Describe 'ConvertTo-Json' {
    It 'serializes a created job with its artifacts as objects' {
        $job = New-IETestJob -JobType Import
        $back = $job | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        $back.JobId | Should -Be $job.JobId
        $back.Signature | Should -Be $job.Signature
        $back.JobType | Should -Be 'Import'
        foreach ($artifact in @($back.ArtifactList)) {
            $artifact.psobject.Properties.Name | Should -Contain 'URL'
        }
    }

    It 'serializes a job status with its date' {
        $status = Get-IEJobStatus -JobId $created[0].JobId
        $json = $status | ConvertTo-Json -Depth 5
        $back = $json | ConvertFrom-Json
        $back.JobId | Should -Be $created[0].JobId
        $back.CreationDate | Should -Not -BeNullOrEmpty
        $json | Should -Not -Match 'ImportExport\.IE\.'
    }

    It 'serializes an MGN import task with its tags as an object' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv -Tag @{ Project = 'Lift' } -Confirm:$false
        $back = $task | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        $back.ImportId | Should -Be $task.ImportId
        $back.Tags.Project | Should -Be 'Lift'
    }
}

Describe 'Default views' {
    It 'shows Get-IEJob as a table with the key columns' {
        $text = Get-IEJob | Out-String -Width 200
        foreach ($column in 'JobId', 'JobType', 'CreationDate', 'IsCanceled') {
            $text | Should -Match $column
        }
        $text | Should -Match ([regex]::Escape($created[0].JobId))
    }

    It 'shows Get-IEJobStatus as a table; Format-List * shows every property' {
        $status = Get-IEJobStatus -JobId $created[0].JobId
        $table = $status | Format-Table | Out-String -Width 200
        foreach ($column in 'JobId', 'LocationCode', 'ProgressCode') { $table | Should -Match $column }

        $all = $status | Format-List -Property * | Out-String -Width 200
        foreach ($property in $status.psobject.Properties.Name) { $all | Should -Match "(?m)^$property\s+:" }
    }

    It 'leaves signatures and the manifest out of a bare Format-List of a status' {
        $list = Get-IEJobStatus -JobId $created[0].JobId | Format-List | Out-String -Width 200
        $list | Should -Match 'ProgressCode'
        $list | Should -Not -Match 'SignatureFileContents'
        $list | Should -Not -Match 'CurrentManifest'
    }
}
