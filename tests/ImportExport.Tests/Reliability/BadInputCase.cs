using System.Management.Automation;
using System.Text;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// One bad input: a cmdlet invocation (PowerShell, with <c>$aws</c>, <c>$manifest</c>, <c>$accessKey</c>,
/// <c>$secretKey</c> and <c>$work</c>, a scratch folder, defined) and what the user must get: the error id
/// (a prefix of FullyQualifiedErrorId; null means the command succeeds) and the category.
/// </summary>
public sealed record BadInputCase(string Name, string Command, string? ErrorId, ErrorCategory Category)
{
    public CaseTarget Target { get; init; } = CaseTarget.Emulator;

    /// <summary>What the fake server answers (for <see cref="CaseTarget.FakeServer"/>).</summary>
    public ProxyAction? Response { get; init; }

    /// <summary>Script run first (its errors do not count), e.g. to create the job the case acts on.</summary>
    public string? Setup { get; init; }

    /// <summary>The manifest text a manifest case passes to New-IEJob (also checked by the Windows PowerShell 5.1 lane).</summary>
    public string? Manifest { get; init; }

    /// <summary>The -JobType of a manifest case.</summary>
    public string? ManifestJobType { get; init; }

    /// <summary>Process environment for the case (null removes the variable); such cases run one at a time.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    public override string ToString() => Name;
}
