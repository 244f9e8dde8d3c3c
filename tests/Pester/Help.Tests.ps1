# Get-Help as users see it in full PowerShell: every exported cmdlet has complete help from the module's MAML
# (generated from src/ImportExport/Help/*.md), and about_ImportExport is found.

BeforeDiscovery {
    $root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    $manifest = Import-PowerShellDataFile -Path (Join-Path $root 'ImportExport.psd1')
    $cmdlets = @($manifest.CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-IETestModuleManifest) -Force
    $commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters
}

Describe 'Get-Help <Name> -Full' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help -Name $Name -Full
        $command = Get-Command -Name $Name
    }

    It 'comes from the module help file' {
        $help.Category | Should -Be 'Cmdlet'
        $help.ModuleName | Should -Be 'ImportExport'
    }

    It 'has a synopsis that is not the syntax line' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$Name *"
    }

    It 'has a description' {
        ($help.description | ForEach-Object Text) -join ' ' | Should -Match '\w{4,}'
    }

    It 'has at least two examples, each with code and remarks' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Match ([regex]::Escape($Name))
            (($example.remarks | ForEach-Object Text) -join ' ').Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'documents every parameter with a description' {
        $documented = @{}
        foreach ($parameter in @($help.parameters.parameter)) {
            $documented[$parameter.name] = (($parameter.description | ForEach-Object Text) -join ' ').Trim()
        }
        foreach ($name in $command.Parameters.Keys) {
            if ($commonParameters -contains $name) { continue }
            $documented.ContainsKey($name) | Should -BeTrue -Because "-$name must be documented in src/ImportExport/Help/$Name.md"
            $documented[$name] | Should -Not -BeNullOrEmpty -Because "-$name needs a description"
        }
    }

    It 'shows a syntax line for every parameter set' {
        @($help.syntax.syntaxItem).Count | Should -Be @($command.ParameterSets).Count
    }

    It 'names its output types' {
        $outputs = @($help.returnValues.returnValue | ForEach-Object { $_.type.name })
        foreach ($type in $command.OutputType) {
            $outputs -join ';' | Should -Match ([regex]::Escape($type.Name))
        }
    }

    It 'renders as text' {
        $text = Get-Help -Name $Name -Full | Out-String -Width 200
        $text | Should -Match 'SYNOPSIS'
        $text | Should -Match 'PARAMETERS'
        $text | Should -Match 'EXAMPLE 1|Example 1'
    }
}

Describe 'about_ImportExport' {
    It 'is found by Get-Help' {
        $text = Get-Help -Name about_ImportExport | Out-String
        $text | Should -Match 'about_ImportExport'
        foreach ($section in 'CREDENTIALS', 'REGIONS', 'ENDPOINTS', 'EMULATOR', 'PAGING', 'ERRORS AND RETRIES', 'PIPELINE') {
            $text | Should -Match $section
        }
    }

    It 'is listed among the help topics' {
        (Get-Help -Name about_Import* -Category HelpFile | ForEach-Object Name) | Should -Contain 'about_ImportExport'
    }
}

Describe 'Get-Help -Parameter' {
    It 'describes -JobType of New-IEJob with its values' {
        $parameter = Get-Help -Name New-IEJob -Parameter JobType
        $parameter.required | Should -Be 'true'
        ($parameter | Out-String) | Should -Match 'Import'
    }
}
