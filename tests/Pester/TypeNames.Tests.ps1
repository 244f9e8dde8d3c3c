<#
    The output types and enums can be named in PowerShell after Import-Module (issue 13, item 6): they live in
    ImportExport.Contracts.dll, beside ImportExport.dll in PowerShell's default load context, and the engine (in the
    module's own load context) returns instances of those very types.

    Self-contained: imports the staged module (out/ImportExport, run `dotnet build` first) and starts the emulator
    from its build output (or `dotnet run`), or uses IMPORTEXPORT_TEST_ENDPOINT when it is set.
#>

BeforeAll {
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:Saved = @{}
    foreach ($name in 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_EC2_METADATA_DISABLED', 'AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_PROFILE',
        'AWS_ENDPOINT_URL_IMPORTEXPORT', 'AWS_ENDPOINT_URL_MGN', 'AWS_DEFAULT_REGION') {
        $script:Saved[$name] = [Environment]::GetEnvironmentVariable($name)
    }

    $script:Emulator = $null
    $url = $env:IMPORTEXPORT_TEST_ENDPOINT
    if (-not $url) {
        $built = Get-ChildItem -Path (Join-Path $Root 'src/ImportExport.Emulator/bin') -Filter ImportExport.Emulator.dll -Recurse -ErrorAction SilentlyContinue |
            Where-Object { $_.Directory.Name -eq 'net10.0' } | Sort-Object LastWriteTimeUtc -Descending | Select-Object -First 1
        $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
        if ($built) { $start.ArgumentList.Add($built.FullName) }
        else { foreach ($a in 'run', '--project', (Join-Path $Root 'src/ImportExport.Emulator'), '--') { $start.ArgumentList.Add($a) } }
        foreach ($a in '--port', '0') { $start.ArgumentList.Add($a) }
        $start.UseShellExecute = $false
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardInput = $true
        $script:Emulator = [System.Diagnostics.Process]::Start($start)
        $deadline = [DateTime]::UtcNow.AddMinutes(5)
        while (-not $url) {
            $read = $Emulator.StandardOutput.ReadLineAsync()
            if (-not $read.Wait([Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)) -or $null -eq $read.Result) {
                throw 'The emulator did not print its URL.'
            }
            if ($read.Result -match '^https?://\S+$') { $url = $read.Result.TrimEnd('/') }
        }
    }

    $env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
    $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    $env:AWS_EC2_METADATA_DISABLED = 'true'
    $env:AWS_ENDPOINT_URL = $url
    $env:AWS_REGION = 'us-east-1'
    Remove-Item Env:AWS_SESSION_TOKEN, Env:AWS_PROFILE, Env:AWS_ENDPOINT_URL_IMPORTEXPORT, Env:AWS_ENDPOINT_URL_MGN, Env:AWS_DEFAULT_REGION -ErrorAction SilentlyContinue

    Import-Module (Join-Path $Root 'out/ImportExport/ImportExport.psd1') -Force -ErrorAction Stop

    $script:Manifest = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice -AccessKeyId AKIAIOSFODNN7EXAMPLE `
        -Name 'Jane Doe' -Street1 '123 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011-1111 -PhoneNumber 206-555-1111 -Country USA
    $script:Job = New-IEJob -JobType Import -Manifest $Manifest -Confirm:$false
}

AfterAll {
    Remove-Module ImportExport -Force -ErrorAction SilentlyContinue
    if ($script:Emulator -and -not $script:Emulator.HasExited) { $script:Emulator.Kill($true); [void]$script:Emulator.WaitForExit(10000) }
    foreach ($name in $script:Saved.Keys) { [Environment]::SetEnvironmentVariable($name, $script:Saved[$name]) }
}

Describe 'Output types resolve by name' {
    It 'resolves <_>' -ForEach @(
        'ImportExport.IE.JobSummary', 'ImportExport.IE.JobStatus', 'ImportExport.IE.JobOverview', 'ImportExport.IE.CreatedJob',
        'ImportExport.IE.JobUpdate', 'ImportExport.IE.CanceledJob', 'ImportExport.IE.ShippingLabel', 'ImportExport.IE.Artifact',
        'ImportExport.IE.ArtifactList', 'ImportExport.IE.JobIdList', 'ImportExport.IE.JobType', 'ImportExport.Mgn.ImportTask',
        'ImportExport.Mgn.ImportError', 'ImportExport.Mgn.ImportStatus', 'ImportExport.Mgn.TagSet',
        'ImportExport.Manifest.ManifestIssue', 'ImportExport.Manifest.ManifestProblemKind'
    ) {
        ($_ -as [type]) | Should -Not -BeNullOrEmpty -Because "[$_] should resolve after Import-Module"
    }

    It 'names enum values and constants' {
        [ImportExport.IE.JobType]::Export | Should -Be 'Export'
        [ImportExport.Mgn.ImportStatus]::Succeeded | Should -Be 'SUCCEEDED'
    }

    It 'loads the output types in the default load context, once' {
        $contracts = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'ImportExport.Contracts' })
        $contracts.Count | Should -Be 1
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($contracts[0]).Name | Should -Be 'Default'
    }
}

Describe 'Cmdlet output is the named type' {
    It 'New-IEJob returns [ImportExport.IE.CreatedJob]' { $Job -is [ImportExport.IE.CreatedJob] | Should -BeTrue }
    It 'Get-IEJob returns [ImportExport.IE.JobSummary]' {
        @(Get-IEJob -First 1)[0] -is [ImportExport.IE.JobSummary] | Should -BeTrue
    }
    It 'Get-IEJob -IncludeStatus returns [ImportExport.IE.JobOverview]' {
        @(Get-IEJob -First 1 -IncludeStatus)[0] -is [ImportExport.IE.JobOverview] | Should -BeTrue
    }
    It 'Get-IEJobStatus returns [ImportExport.IE.JobStatus]' { (Get-IEJobStatus -JobId $Job.JobId) -is [ImportExport.IE.JobStatus] | Should -BeTrue }
    It 'Update-IEJob returns [ImportExport.IE.JobUpdate]' {
        (Update-IEJob -JobId $Job.JobId -JobType Import -Manifest $Manifest -Confirm:$false) -is [ImportExport.IE.JobUpdate] | Should -BeTrue
    }
    It 'Get-IEShippingLabel returns [ImportExport.IE.ShippingLabel] (its help example 5)' {
        $label = Get-IEShippingLabel -JobId $Job.JobId
        $label -is [ImportExport.IE.ShippingLabel] | Should -BeTrue
        @(@($label) | Where-Object { $_ -is [ImportExport.IE.ShippingLabel] }).Count | Should -Be 1
    }
    It 'Start-MGNImport and Get-MGNImport return [ImportExport.Mgn.ImportTask]' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/typenames.csv -Confirm:$false
        $task -is [ImportExport.Mgn.ImportTask] | Should -BeTrue
        (Get-MGNImport -ImportId $task.ImportId) -is [ImportExport.Mgn.ImportTask] | Should -BeTrue
    }
    It 'Test-IEManifest returns [ImportExport.Manifest.ManifestIssue]' {
        $issue = @(Test-IEManifest -Manifest 'manifestVersion: 2.0' -JobType Import)[0]
        $issue -is [ImportExport.Manifest.ManifestIssue] | Should -BeTrue
        [ImportExport.Manifest.ManifestProblemKind]$issue.Kind | Should -BeOfType [ImportExport.Manifest.ManifestProblemKind]
    }
    It 'Stop-IEJob -PassThru returns [ImportExport.IE.CanceledJob]' {
        $other = New-IEJob -JobType Import -Manifest $Manifest -Confirm:$false
        (Stop-IEJob -JobId $other.JobId -Force -PassThru) -is [ImportExport.IE.CanceledJob] | Should -BeTrue
    }
}

Describe 'Output objects read as their id' {
    It 'a job in a string is its JobId' {
        "$Job" | Should -Be $Job.JobId
        "$(Get-IEJobStatus -JobId $Job.JobId)" | Should -Be $Job.JobId
    }
    It 'a job piped to a string parameter is its JobId' {
        function Get-TestId { param([Parameter(ValueFromPipeline)] [string] $Id) process { $Id } }
        $Job | Get-TestId | Should -Be $Job.JobId
        $listed = @(Get-IEJob -First 1)[0]
        $listed | Get-TestId | Should -Be $listed.JobId
    }
    It 'an import in a string is its ImportId' {
        $task = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/typenames-id.csv -Confirm:$false
        "$task" | Should -Be $task.ImportId
    }
}

Describe 'Enums read as text' {
    It 'ConvertTo-Json writes JobType as text for <_>' -ForEach @('CreatedJob', 'JobStatus', 'JobSummary', 'JobOverview') {
        $object = switch ($_) {
            'CreatedJob' { $Job }
            'JobStatus' { Get-IEJobStatus -JobId $Job.JobId }
            'JobSummary' { @(Get-IEJob -First 1)[0] }
            'JobOverview' { @(Get-IEJob -First 1 -IncludeStatus)[0] }
        }
        ($object | ConvertTo-Json -Depth 3 | ConvertFrom-Json).JobType | Should -BeIn @('Import', 'Export')
    }
    It 'Export-Csv writes JobType as text' {
        (@(Get-IEJob -First 1) | ConvertTo-Csv | ConvertFrom-Csv).JobType | Should -BeIn @('Import', 'Export')
    }
    It 'ConvertTo-Json writes a manifest issue Kind as text' {
        (Test-IEManifest -Manifest 'manifestVersion: 2.0' -JobType Import | Select-Object -First 1 | ConvertTo-Json | ConvertFrom-Json).Kind |
            Should -BeIn @('Malformed', 'MissingField', 'InvalidField')
    }
    It 'compares with the enum' {
        $Job.JobType -eq [ImportExport.IE.JobType]::Import | Should -BeTrue
        [ImportExport.IE.JobType]$Job.JobType | Should -Be ([ImportExport.IE.JobType]::Import)
    }
}
