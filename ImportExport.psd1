#
# Module manifest for ImportExport: PowerShell cmdlets for AWS Import/Export jobs and AWS Application
# Migration Service (MGN) imports.
#
# This file is the single source of the module version: src/ImportExport/Module.targets reads ModuleVersion
# from it and stamps it into ImportExport.dll, so keep the line in the form  ModuleVersion = 'x.y.z'.
# build.ps1 Package fills PrivateData.PSData.ReleaseNotes from CHANGELOG.md in the staged copy only.
#
@{
    RootModule             = 'ImportExport.dll'

    # The output types and enums ([ImportExport.IE.JobSummary], [ImportExport.IE.JobType]::Export ...), loaded into
    # PowerShell's default context so that scripts can name them; the engine shares them (see src/ImportExport.Loader).
    RequiredAssemblies     = @('ImportExport.Contracts.dll')

    # Loaded before the root module: makes dependencies/ (AWSSDK.Core and the rest) loadable in isolation —
    # the module's own AssemblyLoadContext on PowerShell 7, AssemblyResolve on Windows PowerShell 5.1.
    NestedModules          = @('ImportExport.Loader.dll')
    ModuleVersion          = '0.1.0'
    GUID                   = '578c6225-8ac7-404f-bb06-1255d88c8e4b'
    Author                 = 'ImportExport contributors'
    CompanyName            = 'ImportExport contributors'
    Copyright              = '(c) ImportExport contributors. All rights reserved.'
    Description            = 'Cmdlets for AWS Import/Export (build and check manifests, create, update, cancel, track and list device jobs, write the SIGNATURE file, get and download shipping labels) and AWS Application Migration Service imports (start, list, wait for, list errors). Works in Windows PowerShell 5.1 and PowerShell 7+, with the AWS Tools credential and region conventions.'

    # Windows PowerShell 5.1 (Desktop, .NET Framework 4.7.2+ for netstandard2.0) and PowerShell 7+ (Core).
    CompatiblePSEditions   = @('Desktop', 'Core')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    CLRVersion             = '4.0'

    # Exported explicitly: no wildcards, so command discovery never has to load the assembly.
    CmdletsToExport        = @(
        'New-IEJob'
        'Update-IEJob'
        'Stop-IEJob'
        'Get-IEJobStatus'
        'Get-IEJob'
        'Get-IEShippingLabel'
        'Start-MGNImport'
        'Save-IESignatureFile'
        'New-IEManifest'
        'Test-IEManifest'
        'Get-MGNImport'
        'Get-MGNImportError'
        'Wait-MGNImport'
        'Test-MGNImportFile'
        'New-MGNImportFile'
        'Start-MGNExport'
        'Get-MGNExport'
        'Get-MGNExportError'
        'Wait-MGNExport'
        'Export-MGNInventory'
        'Compare-MGNImportFile'
        'Export-MGNImportFailedRow'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()

    FormatsToProcess       = @('ImportExport.Format.ps1xml')
    TypesToProcess         = @('ImportExport.Types.ps1xml')

    PrivateData            = @{
        PSData = @{
            Tags         = @('AWS', 'ImportExport', 'Import-Export', 'MGN', 'ApplicationMigrationService', 'Migration', 'S3', 'Cloud', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # The license the package ships (LICENSE), at its publisher's canonical address.
            LicenseUri   = 'https://www.apache.org/licenses/LICENSE-2.0'
            # No ProjectUri: the module has no public repository or project page to point at yet. Add one only when it exists.
            # Filled by build.ps1 Package from the summary paragraph of this version's CHANGELOG.md section.
            ReleaseNotes = ''
        }
    }
}
