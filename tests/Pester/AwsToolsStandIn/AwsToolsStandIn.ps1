# The stand-ins' generator: the text of one function per AWS Tools cmdlet named, from AWS Tools' declarations in
# aws-tools-parameters.json (the copy of ../shared/reference/aws-tools-parameters.json that AwsToolsParameterNamesTests
# walks): the file next to the module when a test packed one there, else the one in the xunit test tree.
Set-StrictMode -Version 3.0

function Find-AwsToolsParameterFile([string] $ModuleBase) {
    $beside = Join-Path $ModuleBase 'aws-tools-parameters.json'
    if (Test-Path -LiteralPath $beside) { return $beside }
    $dir = Get-Item -LiteralPath $ModuleBase
    while ($dir) {
        $candidate = [System.IO.Path]::Combine($dir.FullName, 'tests', 'ImportExport.Tests', 'Cmdlets', 'AwsTools', 'aws-tools-parameters.json')
        if (Test-Path -LiteralPath $candidate) { return $candidate }
        $dir = $dir.Parent
    }
    throw "No aws-tools-parameters.json beside $ModuleBase or in the repository's test tree."
}

function ConvertTo-StandInType([string] $AwsType) {
    # The .NET type the reference records, as a script parameter can declare it without AWS's assemblies: AWS's own
    # types (JobType, AWSCredentials, the ClientConfig classes, RegionEndpoint) become what binds the same input.
    switch -Regex ($AwsType) {
        'SwitchParameter' { return 'switch' }
        'Boolean' { return 'System.Nullable[bool]' }
        'Int32' { return 'System.Nullable[int]' }
        '^System\.String\[\]' { return 'string[]' }
        '^System\.String' { return 'string' }
        'Hashtable' { return 'hashtable' }
        'PSCredential' { return 'pscredential' }
        '^Amazon\.ImportExport\.JobType' { return 'string' }
        default { return 'object' }
    }
}

function New-AwsToolsStandInFunction([string] $Name, $Cmdlet, $Common) {
    $parameters = foreach ($p in @($Cmdlet.parameters) + @($Common)) {
        $flags = @()
        if ($null -ne $p.position) { $flags += "Position = $($p.position)" }
        if ($p.pipeline) { $flags += 'ValueFromPipeline' }
        if ($p.byPropertyName) { $flags += 'ValueFromPipelineByPropertyName' }
        $alias = if (@($p.aliases).Count) { "[Alias($((@($p.aliases) | ForEach-Object { "'$_'" }) -join ', '))] " } else { '' }
        "        [Parameter($($flags -join ', '))] $alias[$(ConvertTo-StandInType $p.type)] `$$($p.name)"
    }
    # PositionalBinding off: a script function whose parameters declare no position would otherwise take them all by
    # position, in order; a binary cmdlet (AWS Tools') has only the positions it declares.
    $binding = 'PositionalBinding = $false'
    if ($Cmdlet.supportsShouldProcess) { $binding += ", SupportsShouldProcess = `$true, ConfirmImpact = '$($Cmdlet.confirmImpact)'" }
    @"
function $Name {
    [CmdletBinding($binding)]
    param(
$($parameters -join ",`n")
    )
    process {
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = `$script:StandInModule; Command = '$Name'; Bound = @{} + `$PSBoundParameters }
    }
}
"@
}

function Get-AwsToolsStandInDefinition([string] $ModuleBase, [string[]] $CommandName) {
    $reference = Get-Content -LiteralPath (Find-AwsToolsParameterFile $ModuleBase) -Raw | ConvertFrom-Json
    foreach ($name in $CommandName) {
        $cmdlet = $reference.cmdlets.PSObject.Properties[$name]
        if (-not $cmdlet) { throw "aws-tools-parameters.json records no $name." }
        New-AwsToolsStandInFunction -Name $name -Cmdlet $cmdlet.Value -Common $reference.common
    }
}
