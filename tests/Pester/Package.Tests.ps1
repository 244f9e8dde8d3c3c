# The package as users get it: out/packages/ImportExport.<version>.nupkg, made by `./build.ps1 Package` (which
# `./build.ps1 Test` runs first), installed with Install-PSResource from a local file repository into a fresh
# module path, then imported BY NAME in a fresh pwsh that sees only that path and PowerShell's own modules.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $emulator = Initialize-IETestSession
    $root = Get-IETestRepositoryRoot
    $version = (Import-PowerShellDataFile -LiteralPath (Join-Path $root 'ImportExport.psd1')).ModuleVersion
    $packages = [System.IO.Path]::Combine($root, 'out', 'packages')
    $nupkg = Join-Path $packages "ImportExport.$version.nupkg"
    if (-not (Test-Path -LiteralPath $nupkg)) {
        throw "$nupkg does not exist: run ./build.ps1 Package (./build.ps1 Test does) before these tests."
    }

    # A private home (Invoke-IETestInSandbox): nothing of the user's is read or changed.
    $sandbox = Join-Path $TestDrive 'home'
    function Invoke-InSandbox([string] $Script) { Invoke-IETestInSandbox -HomePath $sandbox -Script $Script }

    $installOutput = Invoke-InSandbox @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Register-PSResourceRepository -Name LocalImportExport -Uri '$packages' -Trusted
Install-PSResource -Name ImportExport -Version '$version' -Repository LocalImportExport -Scope CurrentUser -TrustRepository -Quiet
`$installed = Get-InstalledPSResource -Name ImportExport -Scope CurrentUser
'INSTALLED=' + `$installed.InstalledLocation
"@
    $installExit = $LASTEXITCODE
    $installedBase = ($installOutput | Where-Object { $_ -like 'INSTALLED=*' } | Select-Object -First 1)
    $moduleRoot = if ($installedBase) { $installedBase.Substring('INSTALLED='.Length) } else { $null }
    $moduleFolder = if ($moduleRoot) { [System.IO.Path]::Combine($moduleRoot, 'ImportExport', $version) } else { $null }
}

AfterAll {
    Stop-IETestEmulator -Emulator $emulator
}

Describe 'Install-PSResource ImportExport from a local repository' {
    It 'installs the package into the fresh CurrentUser module path, and keeps the repository list in the fresh home' {
        @(Get-ChildItem -LiteralPath $sandbox -Recurse -Force -Filter 'PSResourceRepository.xml').Count | Should -Be 1
        $installExit | Should -Be 0 -Because ($installOutput -join "`n")
        $moduleRoot | Should -BeLike "$sandbox*"
        Test-Path -LiteralPath (Join-Path $moduleFolder 'ImportExport.psd1') | Should -BeTrue
    }

    It 'has a manifest that Test-ModuleManifest accepts, with release notes from the CHANGELOG' {
        $manifest = Test-ModuleManifest -Path (Join-Path $moduleFolder 'ImportExport.psd1') -ErrorAction Stop
        $manifest.Version | Should -Be ([version]$version)
        $manifest.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'tells the gallery only what is true: a short summary for users, the license it ships, no invented project page' {
        $manifest = Test-ModuleManifest -Path (Join-Path $moduleFolder 'ImportExport.psd1') -ErrorAction Stop
        # The summary paragraph of the CHANGELOG section, not its lists (the development record).
        $manifest.ReleaseNotes.Length | Should -BeLessThan 2000
        $manifest.ReleaseNotes | Should -Not -Match '(?m)^(###|- )'
        $manifest.LicenseUri | Should -Be 'https://www.apache.org/licenses/LICENSE-2.0'
        (Get-Content -LiteralPath (Join-Path $moduleFolder 'LICENSE') -TotalCount 3) -join ' ' | Should -Match 'Apache License\s+Version 2\.0'
        $manifest.ProjectUri | Should -BeNullOrEmpty
    }

    It 'holds the module, its help, views, license and dependencies' {
        foreach ($file in @(
                'ImportExport.psd1', 'ImportExport.dll', 'ImportExport.Loader.dll', 'LICENSE',
                'ImportExport.Format.ps1xml', 'ImportExport.Types.ps1xml',
                'en-US/ImportExport.dll-Help.xml', 'en-US/about_ImportExport.help.txt',
                'dependencies/ImportExport.Engine.dll', 'dependencies/AWSSDK.Core.dll')) {
            Test-Path -LiteralPath (Join-Path $moduleFolder $file) | Should -BeTrue -Because "$file belongs in the package"
        }
    }

    It 'holds no debug symbols, tests, benchmarks, emulator or PowerShell engine' {
        $names = @(Get-ChildItem -LiteralPath $moduleFolder -Recurse -File | ForEach-Object Name)
        $names | Where-Object { $_ -like '*.pdb' } | Should -BeNullOrEmpty
        $names | Where-Object { $_ -match 'Test|xunit|Bench|Emulator|Pester|HelpGen' } | Should -BeNullOrEmpty
        $names | Where-Object { $_ -like 'System.Management.Automation*' -or $_ -like 'Microsoft.PowerShell*' } | Should -BeNullOrEmpty
    }

    It 'is imported by name in a fresh pwsh that sees only that path, and runs a job''s lifecycle' {
        $builtIn = Join-Path $PSHOME 'Modules'
        $output = Invoke-InSandbox @"
`$ErrorActionPreference = 'Stop'
`$env:PSModulePath = '$moduleRoot' + [System.IO.Path]::PathSeparator + '$builtIn'
Import-Module ImportExport
'LOADED=' + (Get-Module ImportExport).ModuleBase
`$manifest = New-IEManifest -JobType Import -DeviceId 4711 -Bucket my-import-bucket -Name 'Jane Roe' -Street1 '1 Main St' -City Anytown -StateOrProvince WA -PostalCode 98101 -Country USA -PhoneNumber 206-555-0100
`$job = New-IEJob -JobType Import -Manifest `$manifest -Confirm:`$false
'CREATED=' + `$job.JobId
'LISTED=' + [bool](Get-IEJob | Where-Object JobId -eq `$job.JobId)
'STATUS=' + (Get-IEJobStatus -JobId `$job.JobId).ProgressCode
'CANCELED=' + (`$job | Stop-IEJob -Force -PassThru).Success
"@
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        ($output | Where-Object { $_ -like 'LOADED=*' }) | Should -Be "LOADED=$moduleFolder"
        ($output | Where-Object { $_ -like 'CREATED=*' }) | Should -Match '^CREATED=\w+'
        $output | Should -Contain 'LISTED=True'
        $output | Should -Contain 'STATUS=Pending'
        $output | Should -Contain 'CANCELED=True'
    }
}

Describe 'The emulator as a .NET tool' {
    BeforeAll {
        $toolPath = Join-Path $TestDrive 'tool'
        $toolOutput = & dotnet tool install ImportExport.Emulator --version $version --tool-path $toolPath --add-source $packages 2>&1 | ForEach-Object { "$_" }
        $toolExit = $LASTEXITCODE
    }

    It 'installs from the local folder feed into a tool path' {
        $toolExit | Should -Be 0 -Because ($toolOutput -join "`n")
        @(Get-ChildItem -LiteralPath $toolPath -Filter 'importexport-emulator*').Count | Should -BeGreaterThan 0
    }

    It 'starts as importexport-emulator, prints its URL, and serves the module' {
        $exe = (Get-ChildItem -LiteralPath $toolPath -Filter 'importexport-emulator*' | Select-Object -First 1).FullName
        # Started as the repository's one launcher starts any emulator: it returns once the URL is the first line.
        Import-Module ([System.IO.Path]::Combine($PSScriptRoot, '..', 'Emulator', 'IEEmulator.psm1')) -Force
        $emulator = Start-IEEmulator -Command $exe -TimeoutSeconds 60
        try {
            $url = $emulator.Url
            $url | Should -Match '^http://127\.0\.0\.1:\d+$'
            $job = New-IEJob -JobType Import -Manifest (New-IETestManifest) -EndpointUrl $url -Confirm:$false
            (Get-IEJobStatus -JobId $job.JobId -EndpointUrl $url).JobId | Should -Be $job.JobId
        }
        finally {
            Stop-IEEmulator -Emulator $emulator
        }
    }
}
