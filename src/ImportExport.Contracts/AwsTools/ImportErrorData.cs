using ImportExport.Mgn;

namespace ImportExport.AwsTools
{
    /// <summary>
    /// A row error's details in AWS Tools for PowerShell's shape (<c>$error.ErrorData.RawError</c>); a hidden property of
    /// ImportError, which has the same values flat (RawError, RowNumber ...).
    /// </summary>
    public sealed class ImportErrorData
    {
        public string? SourceServerID { get; set; }
        public string? ApplicationID { get; set; }
        public string? WaveID { get; set; }
        public string? Ec2LaunchTemplateID { get; set; }
        public long? RowNumber { get; set; }
        public string? RawError { get; set; }
        public string? AccountID { get; set; }

        public static ImportErrorData Of(ImportError error) => new ImportErrorData
        {
            SourceServerID = error.SourceServerId,
            ApplicationID = error.ApplicationId,
            WaveID = error.WaveId,
            Ec2LaunchTemplateID = error.Ec2LaunchTemplateId,
            RowNumber = error.RowNumber,
            RawError = error.RawError,
            AccountID = error.AccountId,
        };

        public override string ToString() => RawError ?? string.Empty;
    }
}
