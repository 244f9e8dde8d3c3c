# A stand-in for AWS.Tools.ImportExport in the test tree: its cmdlet names and parameters as aws-tools-parameters.json records them
# (names, aliases, positions, pipeline binding), and no AWS code. Each command returns what it was called with, so a
# test sees which module answered an unqualified name.
Set-StrictMode -Version 3.0

function New-IEJob {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string] $APIVersion,
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $JobType,
        [Parameter(Position = 1, ValueFromPipelineByPropertyName)] [string] $Manifest,
        [Parameter(Position = 2, ValueFromPipelineByPropertyName)] [string] $ManifestAddendum,
        [Parameter(Position = 3, ValueFromPipelineByPropertyName)] [System.Nullable[bool]] $ValidateOnly,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('RegionToCall')] [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AK')] [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('SK', 'SecretAccessKey')] [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('ST')] [string] $SessionToken,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('StoredCredentials', 'AWSProfileName')] [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AWSProfilesLocation', 'ProfilesLocation')] [string] $ProfileLocation,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [object] $Credential,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [pscredential] $NetworkCredential,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName)] [object] $ClientConfig
    )
    process {
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.ImportExport'; Command = 'New-IEJob'; Bound = @{} + $PSBoundParameters }
    }
}

function Update-IEJob {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string] $APIVersion,
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $JobId,
        [Parameter(Position = 1, ValueFromPipelineByPropertyName)] [string] $Manifest,
        [Parameter(Position = 2, ValueFromPipelineByPropertyName)] [string] $JobType,
        [Parameter(Position = 3, ValueFromPipelineByPropertyName)] [System.Nullable[bool]] $ValidateOnly,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('RegionToCall')] [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AK')] [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('SK', 'SecretAccessKey')] [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('ST')] [string] $SessionToken,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('StoredCredentials', 'AWSProfileName')] [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AWSProfilesLocation', 'ProfilesLocation')] [string] $ProfileLocation,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [object] $Credential,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [pscredential] $NetworkCredential,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName)] [object] $ClientConfig
    )
    process {
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.ImportExport'; Command = 'Update-IEJob'; Bound = @{} + $PSBoundParameters }
    }
}

function Stop-IEJob {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string] $APIVersion,
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $JobId,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('RegionToCall')] [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AK')] [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('SK', 'SecretAccessKey')] [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('ST')] [string] $SessionToken,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('StoredCredentials', 'AWSProfileName')] [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AWSProfilesLocation', 'ProfilesLocation')] [string] $ProfileLocation,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [object] $Credential,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [pscredential] $NetworkCredential,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName)] [object] $ClientConfig
    )
    process {
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.ImportExport'; Command = 'Stop-IEJob'; Bound = @{} + $PSBoundParameters }
    }
}

function Get-IEStatus {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string] $APIVersion,
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $JobId,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('RegionToCall')] [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AK')] [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('SK', 'SecretAccessKey')] [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('ST')] [string] $SessionToken,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('StoredCredentials', 'AWSProfileName')] [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AWSProfilesLocation', 'ProfilesLocation')] [string] $ProfileLocation,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [object] $Credential,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [pscredential] $NetworkCredential,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName)] [object] $ClientConfig
    )
    process {
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.ImportExport'; Command = 'Get-IEStatus'; Bound = @{} + $PSBoundParameters }
    }
}

function Get-IEJob {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string] $APIVersion,
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [Alias('MaxJobs')] [System.Nullable[int]] $MaxJob,
        [Parameter(Position = 1, ValueFromPipelineByPropertyName)] [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('RegionToCall')] [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AK')] [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('SK', 'SecretAccessKey')] [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('ST')] [string] $SessionToken,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('StoredCredentials', 'AWSProfileName')] [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AWSProfilesLocation', 'ProfilesLocation')] [string] $ProfileLocation,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [object] $Credential,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [pscredential] $NetworkCredential,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName)] [object] $ClientConfig
    )
    process {
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.ImportExport'; Command = 'Get-IEJob'; Bound = @{} + $PSBoundParameters }
    }
}

function Get-IEShippingLabel {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string] $APIVersion,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $City,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Company,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Country,
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [Alias('JobIds')] [string[]] $JobId,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Name,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $PhoneNumber,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $PostalCode,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $StateOrProvince,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Street1,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Street2,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Street3,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('RegionToCall')] [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AK')] [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('SK', 'SecretAccessKey')] [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('ST')] [string] $SessionToken,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('StoredCredentials', 'AWSProfileName')] [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('AWSProfilesLocation', 'ProfilesLocation')] [string] $ProfileLocation,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [object] $Credential,
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)] [pscredential] $NetworkCredential,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName)] [object] $ClientConfig
    )
    process {
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.ImportExport'; Command = 'Get-IEShippingLabel'; Bound = @{} + $PSBoundParameters }
    }
}

Export-ModuleMember -Function 'New-IEJob', 'Update-IEJob', 'Stop-IEJob', 'Get-IEStatus', 'Get-IEJob', 'Get-IEShippingLabel'
