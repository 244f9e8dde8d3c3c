# Runbook lines written for AWS Tools for PowerShell (taken from the parameter tables of
# ../shared/reference/aws-tools-parameters.md: AWS Tools' names, aliases, positions and pipeline bindings), run as they
# are on this module's same-named cmdlets against the emulator, each compared with the request botocore sends for the
# same input. Both land in the emulator's request log (GET /__admin/requests), which records what each request asked
# for, decoded (Import/Export's form parameters without the signature ones; MGN's JSON body), so the comparison is of
# what the service receives. One emulator and one botocore process for every line.

BeforeDiscovery {
    # Line: the runbook line, as an AWS Tools user wrote it. Botocore: the same input as botocore parameters (the API's
    # member names), evaluated once the fixtures below exist. Region: the region botocore signs for, where the line
    # names one.
    $lines = @(
        # New-IEJob: JobType (0), Manifest (1), ManifestAddendum (2), ValidateOnly ([bool], 3); AWS Tools' JobType from the
        # pipeline is not here: ours takes the manifest's text from the pipeline (the README's table)
        @{ Cmdlet = 'New-IEJob'; Operation = 'CreateJob'; Line = 'New-IEJob -JobType Import -Manifest $manifest -ValidateOnly $false -Force'
            Botocore = { @{ JobType = 'Import'; Manifest = $manifest; ValidateOnly = $false } } }
        @{ Cmdlet = 'New-IEJob'; Operation = 'CreateJob'; Line = 'New-IEJob Export -Manifest $exportManifest -ValidateOnly $true -Force -Select JobId'
            Botocore = { @{ JobType = 'Export'; Manifest = $exportManifest; ValidateOnly = $true } } }
        @{ Cmdlet = 'New-IEJob'; Operation = 'CreateJob'; Line = 'New-IEJob -JobType Import -Manifest $manifest -ManifestAddendum $addendum -ValidateOnly $true -Force'
            Botocore = { @{ JobType = 'Import'; Manifest = $manifest; ManifestAddendum = $addendum; ValidateOnly = $true } } }
        @{ Cmdlet = 'New-IEJob'; Operation = 'CreateJob'; Line = 'New-IEJob -JobType Import -Manifest $manifest -ValidateOnly:$false -APIVersion 2010-06-01 -Force'
            Botocore = { @{ JobType = 'Import'; Manifest = $manifest; ValidateOnly = $false; APIVersion = '2010-06-01' } } }

        # Update-IEJob: JobId (0, pipeline), Manifest (1), JobType (2), ValidateOnly ([bool], 3)
        @{ Cmdlet = 'Update-IEJob'; Operation = 'UpdateJob'; Line = 'Update-IEJob -JobId $jobId -Manifest $manifest -JobType Import -ValidateOnly $false -Force'
            Botocore = { @{ JobId = $jobId; Manifest = $manifest; JobType = 'Import'; ValidateOnly = $false } } }
        @{ Cmdlet = 'Update-IEJob'; Operation = 'UpdateJob'; Line = 'Update-IEJob $jobId -Manifest $manifest -JobType Import -ValidateOnly $true -Force -Select Success'
            Botocore = { @{ JobId = $jobId; Manifest = $manifest; JobType = 'Import'; ValidateOnly = $true } } }
        @{ Cmdlet = 'Update-IEJob'; Operation = 'UpdateJob'; Line = '$awsToolsJob | Update-IEJob -Manifest $manifest -ValidateOnly:$false -Force'
            Botocore = { @{ JobId = $jobId; Manifest = $manifest; JobType = 'Import'; ValidateOnly = $false } } }

        # Stop-IEJob: JobId (0, pipeline); one job a line, so that ours cancels each (botocore's second cancel is refused,
        # but sent: the request is what is compared)
        @{ Cmdlet = 'Stop-IEJob'; Operation = 'CancelJob'; Line = 'Stop-IEJob -JobId $stopIds[0] -Force'
            Botocore = { @{ JobId = $stopIds[0] } } }
        @{ Cmdlet = 'Stop-IEJob'; Operation = 'CancelJob'; Line = 'Stop-IEJob $stopIds[1] -Force -Select Success'
            Botocore = { @{ JobId = $stopIds[1] } } }
        @{ Cmdlet = 'Stop-IEJob'; Operation = 'CancelJob'; Line = '[pscustomobject]@{ JobId = $stopIds[2]; JobType = ''Import'' } | Stop-IEJob -Force -Select ''^JobId'''
            Botocore = { @{ JobId = $stopIds[2] } } }
        @{ Cmdlet = 'Stop-IEJob'; Operation = 'CancelJob'; Line = '$stopIds[3] | Stop-IEJob -Force'
            Botocore = { @{ JobId = $stopIds[3] } } }

        # Get-IEJob: MaxJob/MaxJobs (0, pipeline), Marker (1); one page on both
        @{ Cmdlet = 'Get-IEJob'; Operation = 'ListJobs'; Line = 'Get-IEJob -MaxJob 2'
            Botocore = { @{ MaxJobs = 2 } } }
        @{ Cmdlet = 'Get-IEJob'; Operation = 'ListJobs'; Line = 'Get-IEJob -MaxJobs 1 -Marker $jobId -Select *'
            Botocore = { @{ MaxJobs = 1; Marker = $jobId } } }
        @{ Cmdlet = 'Get-IEJob'; Operation = 'ListJobs'; Line = 'Get-IEJob 3 $jobId'
            Botocore = { @{ MaxJobs = 3; Marker = $jobId } } }
        @{ Cmdlet = 'Get-IEJob'; Operation = 'ListJobs'; Line = '4 | Get-IEJob -Select Jobs.JobId'
            Botocore = { @{ MaxJobs = 4 } } }

        # Get-IEShippingLabel: JobId/JobIds (0, pipeline, string[]) and the return address
        @{ Cmdlet = 'Get-IEShippingLabel'; Operation = 'GetShippingLabel'
            Line = 'Get-IEShippingLabel -JobId $jobId -Name ''Jane Roe'' -Company ''Example Corp'' -PhoneNumber 206-555-0100 -Street1 ''123 Any Street'' -City Anytown -StateOrProvince WA -PostalCode 91011-1111 -Country USA'
            Botocore = { @{ jobIds = @($jobId); name = 'Jane Roe'; company = 'Example Corp'; phoneNumber = '206-555-0100'; street1 = '123 Any Street'; city = 'Anytown'; stateOrProvince = 'WA'; postalCode = '91011-1111'; country = 'USA' } } }
        @{ Cmdlet = 'Get-IEShippingLabel'; Operation = 'GetShippingLabel'; Line = 'Get-IEShippingLabel -JobIds $jobId, $otherJobId -Street1 ''1 Rue de l''''Église'' -Street2 ''Bât. 4'' -Street3 ''Quai B'' -Select ShippingLabelURL'
            Botocore = { @{ jobIds = @($jobId, $otherJobId); street1 = "1 Rue de l'Église"; street2 = 'Bât. 4'; street3 = 'Quai B' } } }
        @{ Cmdlet = 'Get-IEShippingLabel'; Operation = 'GetShippingLabel'; Line = '$awsToolsJob | Get-IEShippingLabel -Name ''Zoë O''''Brien'' -APIVersion 2010-06-01'
            Botocore = { @{ jobIds = @($jobId); name = "Zoë O'Brien"; APIVersion = '2010-06-01' } } }

        # Start-MGNImport: S3BucketSource_S3Bucket (0, pipeline), S3BucketSource_S3Key (named), S3BucketSource_S3BucketOwner,
        # Tag/Tags, ClientToken
        @{ Cmdlet = 'Start-MGNImport'; Operation = 'StartImport'; Region = 'eu-west-1'; Line = 'Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key waves/w1.csv -Region eu-west-1 -Force'
            Botocore = { @{ s3BucketSource = @{ s3Bucket = 'my-import-bucket'; s3Key = 'waves/w1.csv' } } } }
        @{ Cmdlet = 'Start-MGNImport'; Operation = 'StartImport'; Region = 'eu-west-1'; Line = 'Start-MGNImport my-import-bucket -S3BucketSource_S3Key waves/w2.csv -S3BucketSource_S3BucketOwner 111122223333 -RegionToCall eu-west-1 -Force -Select ImportTask.ImportID'
            Botocore = { @{ s3BucketSource = @{ s3Bucket = 'my-import-bucket'; s3Key = 'waves/w2.csv'; s3BucketOwner = '111122223333' } } } }
        @{ Cmdlet = 'Start-MGNImport'; Operation = 'StartImport'; Region = 'eu-west-1'; Line = 'Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key ''waves/w 3.csv'' -Tag @{ Project = ''Lift''; Wave = ''3'' } -ClientToken $clientToken -Region eu-west-1 -Force'
            Botocore = { @{ s3BucketSource = @{ s3Bucket = 'my-import-bucket'; s3Key = 'waves/w 3.csv' }; tags = @{ Project = 'Lift'; Wave = '3' }; clientToken = $clientToken } } }
        @{ Cmdlet = 'Start-MGNImport'; Operation = 'StartImport'; Region = 'us-east-1'; Line = '''my-import-bucket'' | Start-MGNImport -S3BucketSource_S3Key waves/w4.csv -Tags @{ Team = ''Ops'' } -Force'
            Botocore = { @{ s3BucketSource = @{ s3Bucket = 'my-import-bucket'; s3Key = 'waves/w4.csv' }; tags = @{ Team = 'Ops' } } } }

        # Start-MGNExport: S3Bucket (0, pipeline), S3Key (named), S3BucketOwner, Tag/Tags
        @{ Cmdlet = 'Start-MGNExport'; Operation = 'StartExport'; Region = 'eu-west-1'; Line = 'Start-MGNExport -S3Bucket my-export-bucket -S3Key exports/a.csv -Region eu-west-1 -Force'
            Botocore = { @{ s3Bucket = 'my-export-bucket'; s3Key = 'exports/a.csv' } } }
        @{ Cmdlet = 'Start-MGNExport'; Operation = 'StartExport'; Region = 'eu-west-1'; Line = 'Start-MGNExport my-export-bucket -S3Key exports/b.csv -S3BucketOwner 111122223333 -RegionToCall eu-west-1 -Force -Select ExportTask.ExportID'
            Botocore = { @{ s3Bucket = 'my-export-bucket'; s3Key = 'exports/b.csv'; s3BucketOwner = '111122223333' } } }
        @{ Cmdlet = 'Start-MGNExport'; Operation = 'StartExport'; Region = 'eu-west-1'; Line = '''my-export-bucket'' | Start-MGNExport -S3Key exports/c.csv -Tags @{ Team = ''Ops'' } -Region eu-west-1 -Force -Select *'
            Botocore = { @{ s3Bucket = 'my-export-bucket'; s3Key = 'exports/c.csv'; tags = @{ Team = 'Ops' } } } }
        @{ Cmdlet = 'Start-MGNExport'; Operation = 'StartExport'; Region = 'eu-west-1'; Line = 'Start-MGNExport -S3Bucket my-export-bucket -S3Key exports/d.csv -Tag @{ Project = ''Lift'' } -Region eu-west-1 -Force'
            Botocore = { @{ s3Bucket = 'my-export-bucket'; s3Key = 'exports/d.csv'; tags = @{ Project = 'Lift' } } } }
    )
    for ($i = 0; $i -lt $lines.Count; $i++) { $lines[$i].Index = $i }
}

Describe 'AWS Tools runbook lines send what botocore sends' -ForEach @(@{ Lines = $lines }) {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        $emulator = Initialize-IETestSession
        $root = Get-IETestRepositoryRoot
        $python = if ($env:IMPORTEXPORT_PEER_PYTHON) { $env:IMPORTEXPORT_PEER_PYTHON } else { 'python3' }
        $peer = [System.IO.Path]::Combine($root, 'tests', 'peers', 'python', 'botocore_peer.py')

        # The log's entries after the one numbered $After (Invoke-RestMethod writes a JSON array as one object).
        function Get-RequestLog([long] $After = 0) {
            $log = Invoke-RestMethod -Uri "$($emulator.Url)/__admin/requests" -Method Get
            @($log | ForEach-Object { $_ } | Where-Object sequence -gt $After)
        }

        function Get-LastSequence {
            $last = @(Get-RequestLog) | Select-Object -Last 1
            if ($last) { [long]$last.sequence } else { 0 }
        }

        # What the service receives, in a form that compares: the signing scope (region/service), the method, the path
        # and the decoded parameters with keys sorted at every level. MGN's idempotency token is random on both sides
        # unless the line gives one, so an unnamed one is compared by its presence only.
        function ConvertTo-SentRequest($Entry, [bool] $TokenGiven) {
            $parameters = $Entry.parameters
            if ($Entry.service -eq 'mgn' -and -not $TokenGiven -and $parameters.PSObject.Properties['clientToken']) {
                $parameters.clientToken = '(generated)'
            }
            $authorization = @($Entry.headers.PSObject.Properties | Where-Object Name -eq 'Authorization' | ForEach-Object Value) -join ''
            $scope = [regex]::Match($authorization, 'Credential=[^/]+/\d{8}/([^/]+/[^/]+)/aws4_request').Groups[1].Value
            "$scope $($Entry.method) $($Entry.path) " + (ConvertTo-SortedJson $parameters)
        }

        function ConvertTo-SortedJson($Value) {
            if ($Value -is [System.Management.Automation.PSCustomObject]) {
                $pairs = foreach ($name in ($Value.PSObject.Properties.Name | Sort-Object -CaseSensitive)) {
                    (ConvertTo-Json -InputObject $name -Compress) + ':' + (ConvertTo-SortedJson $Value.$name)
                }
                return '{' + ($pairs -join ',') + '}'
            }
            if ($Value -is [System.Collections.IList]) {
                return '[' + (@($Value | ForEach-Object { ConvertTo-SortedJson $_ }) -join ',') + ']'
            }
            return ConvertTo-Json -InputObject $Value -Compress
        }

        # The fixtures the lines name.
        $manifest = New-IETestManifest -JobType Import
        $exportManifest = New-IETestManifest -JobType Export
        $addendum = "bucket: my-import-bucket`nprefix: addendum/"
        $jobId = (New-IETestJob).JobId
        $otherJobId = (New-IETestJob).JobId
        $stopIds = @(1..4 | ForEach-Object { (New-IETestJob).JobId })
        $clientToken = [guid]::NewGuid().ToString()
        # A Job as AWS Tools' Get-IEJob writes it (Amazon.ImportExport.Model.Job: JobId, JobType, CreationDate, IsCanceled).
        $awsToolsJob = [pscustomobject]@{ JobId = $jobId; JobType = 'Import'; CreationDate = [datetime]::UtcNow; IsCanceled = $false }

        # Ours: each line as written, in this scope; what it sent is what the log gained for the line's operation.
        $oursSent = @{}
        $oursOutput = @{}
        foreach ($case in $Lines) {
            $before = Get-LastSequence
            $oursOutput[$case.Index] = @(Invoke-Expression $case.Line 2>&1)
            $oursSent[$case.Index] = @(Get-RequestLog -After $before | Where-Object operation -eq $case.Operation |
                ForEach-Object { ConvertTo-SentRequest $_ ($case.Line -match '-ClientToken') })
        }

        # Botocore: the same inputs in one process, one request each, in order.
        $batch = foreach ($case in $Lines) {
            $item = [ordered]@{ operation = $case.Operation; params = (& $case.Botocore) }
            if ($case.Region) { $item.region = $case.Region }
            $item
        }
        $batchFile = Join-Path $TestDrive 'botocore-requests.json'
        # UTF-8 without a byte order mark, in 5.1 as in 7 (5.1's Set-Content has no utf8NoBOM): the peer's json.load reads it.
        [System.IO.File]::WriteAllText($batchFile, (ConvertTo-Json -InputObject @($batch) -Depth 6))
        $before = Get-LastSequence
        $botocoreOutput = & $python $peer --endpoint $emulator.Url --emit-requests $batchFile 2>&1 | ForEach-Object { "$_" }
        $botocoreExit = $LASTEXITCODE
        $botocoreLog = @(Get-RequestLog -After $before)
        $botocoreSent = @{}
        $outcomes = @()
        if ($botocoreExit -eq 0) { $outcomes = @($botocoreOutput | Select-Object -Last 1 | ConvertFrom-Json) }
        for ($i = 0; $i -lt $Lines.Count; $i++) {
            if ($i -lt $botocoreLog.Count) {
                $botocoreSent[$i] = ConvertTo-SentRequest $botocoreLog[$i] ($Lines[$i].Line -match '-ClientToken')
            }
        }
    }

    AfterAll {
        Stop-IETestEmulator -Emulator $emulator
    }

    It 'botocore sent every request of the batch, one each, in order' {
        $botocoreExit | Should -Be 0 -Because ($botocoreOutput -join "`n")
        $outcomes.Count | Should -Be $Lines.Count
        @($outcomes | Where-Object { $_.PSObject.Properties['exception'] }) | Should -BeNullOrEmpty -Because 'botocore must accept each input'
        @($botocoreLog.operation) | Should -Be @($Lines.Operation)
    }

    It '<Line>' -ForEach $Lines {
        @($oursSent[$Index]).Count | Should -Be 1 -Because "the line sends one $Operation (output: $($oursOutput[$Index] -join '; '))"
        $oursSent[$Index] | Should -Match '^[a-z0-9-]+/(IngestionService|mgn) POST /'
        $oursSent[$Index] | Should -BeExactly $botocoreSent[$Index]
    }

    It 'runs every same-named cmdlet at least three ways' {
        $Lines | Group-Object Cmdlet | Where-Object Count -lt 3 | ForEach-Object Name | Should -BeNullOrEmpty
        @($Lines.Cmdlet | Sort-Object -Unique) | Should -Be @('Get-IEJob', 'Get-IEShippingLabel', 'New-IEJob', 'Start-MGNExport', 'Start-MGNImport', 'Stop-IEJob', 'Update-IEJob')
    }
}
