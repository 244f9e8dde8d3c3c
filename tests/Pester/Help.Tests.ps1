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

    It 'links only to pages that exist (no online link to a repository the module does not have)' {
        # The hosts of the pages the help links to online; a new host is a new page someone must have checked.
        $known = 'docs.aws.amazon.com', 'go.microsoft.com', 'learn.microsoft.com', 'www.apache.org'
        @($help.relatedLinks.navigationLink | Where-Object { $_.uri }) | ForEach-Object { ([uri] $_.uri).Host | Should -BeIn $known -Because "$($_.uri) is an online link of $Name" }
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

    It 'names every cmdlet of the module, under counts that add up' {
        $text = Get-Help -Name about_ImportExport | Out-String -Width 200
        $exported = @((Get-Module ImportExport).ExportedCmdlets.Keys)
        foreach ($name in $exported) {
            $text | Should -Match "(?m)^\s+$([regex]::Escape($name))\s" -Because "about_ImportExport lists $name"
        }
        $words = @{ one = 1; two = 2; three = 3; four = 4; five = 5; six = 6; seven = 7; eight = 8; nine = 9; ten = 10; eleven = 11; twelve = 12; thirteen = 13; fourteen = 14; fifteen = 15; sixteen = 16; seventeen = 17; eighteen = 18; nineteen = 19; twenty = 20 }
        $service = [regex]::Match($text, '(\w+) cmdlets call the service APIs').Groups[1].Value
        $more = [regex]::Match($text, '(\w+) more take the steps around those calls').Groups[1].Value
        $words[$service.ToLowerInvariant()] + $words[$more.ToLowerInvariant()] | Should -Be $exported.Count
    }

    It 'starts the emulator the way an installed package can (no project folder)' {
        $text = Get-Help -Name about_ImportExport | Out-String -Width 200
        $text | Should -Not -Match 'dotnet run --project'
        $text | Should -Match 'importexport-emulator --port 5080'
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

Describe 'What the help says is what the cmdlets do' {
    It 'Test-MGNImportFile: a name with repeated spaces inside is accepted, and the help does not forbid it' {
        $file = Join-Path $TestDrive 'spaces.csv'
        [System.IO.File]::WriteAllText($file, "mgn:wave:name`r`nWave  1`r`n")
        Test-MGNImportFile -LiteralPath $file -Quiet | Should -BeTrue
        (Get-Help -Name Test-MGNImportFile -Full | Out-String -Width 400) | Should -Not -Match 'repeated spaces'
    }

    It 'Test-IEManifest example 3: the piped file binds to the parameter the help names' {
        $example = (Get-Help -Name Test-IEManifest -Examples).examples.example[2]
        $remarks = ($example.remarks | ForEach-Object Text) -join ' '
        $parameter = [regex]::Match($remarks, 'binds to (-\w+)').Groups[1].Value
        $parameter | Should -Be '-LiteralPath'
        (Get-Command Test-IEManifest).Parameters['LiteralPath'].Aliases | Should -Contain 'FullName'
        $file = Join-Path $TestDrive '[m].yaml'
        [System.IO.File]::WriteAllText($file, "manifestVersion: 2.0`n")
        $issues = @(Get-Item -LiteralPath $file | Test-IEManifest)
        $issues[0].Source | Should -Be $file
    }
}
