@{
    # A test stand-in with AWS Tools' command names (see the .psm1); not AWS Tools.
    RootModule        = 'AWS.Tools.Mgn.psm1'
    ModuleVersion     = '5.0.0'
    GUID              = '6f1e9a52-2a8c-4a43-9a39-1b3f1c6c0a02'
    Author            = 'ImportExport tests'
    Description       = 'Test stand-in exporting the command names and parameters of AWS.Tools.Mgn; no AWS code.'
    FunctionsToExport = @('Start-MGNImport', 'Get-MGNImportList', 'Get-MGNImportErrorList', 'Start-MGNExport', 'Get-MGNExportList', 'Get-MGNExportErrorList')
    CmdletsToExport   = @()
    AliasesToExport   = @()
    # The command names in the package metadata, as PowerShellGet's Publish-Module writes them (a PSCommand_<name> tag
    # per exported command); Publish-PSResource, which packs the stand-ins in InstallBesideAwsTools.Tests.ps1, writes
    # only the tags listed here. Install-PSResource -NoClobber compares these names with the package it installs.
    PrivateData       = @{ PSData = @{ Tags = @('PSCommand_Start-MGNImport', 'PSCommand_Get-MGNImportList', 'PSCommand_Get-MGNImportErrorList', 'PSCommand_Start-MGNExport', 'PSCommand_Get-MGNExportList', 'PSCommand_Get-MGNExportErrorList') } }
}
