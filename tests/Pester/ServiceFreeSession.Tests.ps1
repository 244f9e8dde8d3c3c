# A session that never calls a service never loads AWSSDK.Core, and Import-Module does not load the engine either (issue 29: nothing done for a faster first call may load
# it earlier). Import-Module, Get-Command, Get-Help and the local commands (manifests, inventory files) run in a fresh
# pwsh, which then lists the assemblies it holds; the same process, after one Get-IEJobStatus, shows AWSSDK.Core loaded,
# so the check can tell the two apart.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession -PreferBuilt
    $ours = Get-IETestModuleManifest
    $job = New-IETestJob -JobType Import

    # One line per step: the step's name, then the module and AWS assemblies loaded after it (AppDomain.GetAssemblies
    # lists every load context's, so the module's own context is included).
    $script = @"
`$ErrorActionPreference = 'Stop'; `$ProgressPreference = 'SilentlyContinue'
function Show([string] `$step) { `$step + ':' + ((@([AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { `$_.GetName().Name } | Where-Object { `$_ -like 'AWSSDK*' -or `$_ -like 'ImportExport*' }) | Sort-Object) -join ',') }
Import-Module -Name '$ours'
Show 'import'
`$null = Get-Command -Module ImportExport; `$null = Get-Help Get-IEJobStatus -Full
Show 'help'
`$manifest = New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -AccessKeyId AKIAIOSFODNN7EXAMPLE -Name 'Jane Doe' -Street1 '1 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011 -PhoneNumber 206-555-1111 -Country USA
`$null = Test-IEManifest -Manifest `$manifest
Show 'manifest'
`$csv = Join-Path ([IO.Path]::GetTempPath()) ('service-free-' + [guid]::NewGuid().ToString('N') + '.csv')
try {
    [pscustomobject]@{ 'mgn:app:name' = 'app1'; 'mgn:server:user-provided-id' = 'web01'; 'mgn:server:fqdn-for-action-framework' = 'web01.example.com' } | New-MGNImportFile -Path `$csv
    `$null = Test-MGNImportFile -Path `$csv
} finally { Remove-Item -LiteralPath `$csv -ErrorAction SilentlyContinue }
Show 'inventory'
`$null = Get-IEJobStatus -JobId '$($job.JobId)'
Show 'service'
"@
    $lines = @(Invoke-PowerShellProcess -Script $script)
    $loaded = @{}
    foreach ($line in $lines) {
        if ($line -match '^(import|help|manifest|inventory|service):(.*)$') { $loaded[$Matches[1]] = @($Matches[2] -split ',' | Where-Object { $_ }) }
    }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'A session that never calls a service' {
    It 'reports every step (the child printed <_>)' -ForEach @('import', 'help', 'manifest', 'inventory', 'service') {
        $loaded.ContainsKey($_) | Should -BeTrue -Because ("the child pwsh printed:`n" + ($lines -join "`n"))
    }

    It 'does not load AWSSDK.Core after <_>' -ForEach @('import', 'help', 'manifest', 'inventory') {
        $loaded[$_] | Should -Not -Contain 'AWSSDK.Core' -Because 'Import-Module, help and the local checks need no service client'
    }

    It 'loads neither the engine nor AWSSDK.Core at Import-Module' {
        # PowerShell loads every exported type at import: a cmdlet that overrides a method whose signature names an
        # engine type would make the runtime load ImportExport.Engine there (Wait-MGNImport and Wait-MGNExport once did).
        $loaded['import'] | Should -Not -Contain 'ImportExport.Engine'
        $loaded['help'] | Should -Not -Contain 'ImportExport.Engine'
    }

    It 'loads it once a command calls the service' {
        $loaded['service'] | Should -Contain 'AWSSDK.Core'
    }
}
