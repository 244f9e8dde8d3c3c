# A stand-in for AWS.Tools.Mgn in the test tree: its cmdlet names and parameters as aws-tools-parameters.json records them
# (names, aliases, positions, pipeline binding), and no AWS code. Each command returns what it was called with, so a
# test sees which module answered an unqualified name.
Set-StrictMode -Version 3.0

function Start-MGNImport {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $S3BucketSource_S3Bucket,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $S3BucketSource_S3BucketOwner,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $S3BucketSource_S3Key,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('Tags')] [hashtable] $Tag,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $ClientToken,
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
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.Mgn'; Command = 'Start-MGNImport'; Bound = @{} + $PSBoundParameters }
    }
}

function Get-MGNImportList {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string[]] $Filters_ImportIDs,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('MaxItems', 'MaxResults')] [System.Nullable[int]] $MaxResult,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $NextToken,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $NoAutoIteration,
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
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.Mgn'; Command = 'Get-MGNImportList'; Bound = @{} + $PSBoundParameters }
    }
}

function Get-MGNImportErrorList {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $ImportID,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('MaxResults')] [System.Nullable[int]] $MaxResult,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $NextToken,
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
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.Mgn'; Command = 'Get-MGNImportErrorList'; Bound = @{} + $PSBoundParameters }
    }
}

function Start-MGNExport {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $S3Bucket,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $S3BucketOwner,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $S3Key,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('Tags')] [hashtable] $Tag,
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
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.Mgn'; Command = 'Start-MGNExport'; Bound = @{} + $PSBoundParameters }
    }
}

function Get-MGNExportList {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string[]] $Filters_ExportIDs,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('MaxItems', 'MaxResults')] [System.Nullable[int]] $MaxResult,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $NextToken,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName)] [switch] $NoAutoIteration,
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
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.Mgn'; Command = 'Get-MGNExportList'; Bound = @{} + $PSBoundParameters }
    }
}

function Get-MGNExportErrorList {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $ExportID,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('MaxResults')] [System.Nullable[int]] $MaxResult,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $NextToken,
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
        [pscustomobject]@{ PSTypeName = 'AwsToolsStandIn.Call'; Module = 'AWS.Tools.Mgn'; Command = 'Get-MGNExportErrorList'; Bound = @{} + $PSBoundParameters }
    }
}

Export-ModuleMember -Function 'Start-MGNImport', 'Get-MGNImportList', 'Get-MGNImportErrorList', 'Start-MGNExport', 'Get-MGNExportList', 'Get-MGNExportErrorList'
