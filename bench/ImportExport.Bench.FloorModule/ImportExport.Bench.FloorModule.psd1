@{
    RootModule        = 'ImportExport.Bench.FloorModule.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '3f1d2b7c-8e44-4a51-9c0e-6b2f4d8a1e93'
    Description       = 'The bench floor: one cmdlet that sends one HTTP request with HttpClient.'
    CmdletsToExport   = @('Invoke-FloorRequest')
    FunctionsToExport = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
