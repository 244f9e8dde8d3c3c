<#
.SYNOPSIS
    Report every Import/Export job of the account, with its status, to a CSV file.
.DESCRIPTION
    Get-IEJob pages through all jobs (newest first) and -IncludeStatus fetches each job's status concurrently; the
    rows are flat, so Export-Csv writes one clean column per property. Jobs that fail to report are listed as errors
    and the report still contains every other job.

    Against the local emulator:
        dotnet run --project src/ImportExport.Emulator -- --port 5080
        ./examples/Export-JobReport.ps1 -Path ./jobs.csv -EndpointUrl http://127.0.0.1:5080 `
            -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
.OUTPUTS
    The CSV file (System.IO.FileInfo).
#>
[CmdletBinding()]
param(
    # Where to write the report.
    [Parameter(Mandatory)]
    [string] $Path,

    # Only jobs of this type.
    [ValidateSet('Import', 'Export')]
    [string] $JobType,

    # Leave canceled jobs out.
    [switch] $ExcludeCanceled,

    # How many statuses to fetch at once.
    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 8,

    [string] $EndpointUrl,
    [string] $ProfileName,
    [string] $AccessKey,
    [string] $SecretKey
)

$ErrorActionPreference = 'Stop'
$aws = @{}
foreach ($name in 'EndpointUrl', 'ProfileName', 'AccessKey', 'SecretKey') {
    if ($PSBoundParameters.ContainsKey($name)) { $aws[$name] = $PSBoundParameters[$name] }
}

$full = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path)
Get-IEJob -IncludeStatus -ThrottleLimit $ThrottleLimit @aws -ErrorAction Continue |
    Where-Object { (-not $JobType -or "$($_.JobType)" -eq $JobType) -and -not ($ExcludeCanceled -and $_.IsCanceled) } |
    Export-Csv -LiteralPath $full -NoTypeInformation -Encoding utf8
[System.IO.FileInfo]::new($full)
