using System;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// What tells MGN imports and exports apart where the module treats them alike — listing (Get-MGNImport,
    /// Get-MGNExport), waiting (<see cref="TaskWaitReporter{TTask}"/>) and id completion: their noun, their list
    /// operation, where their objects keep id, state and S3 object, the ids the session has seen, and the error of an id
    /// the service does not know. One instance per kind, in <see cref="MgnTaskKinds"/>.
    /// </summary>
    internal sealed class MgnTaskKind<TTask>
        where TTask : class
    {
        private readonly Func<TTask, string?> _id;
        private readonly Func<TTask, string?> _status;
        private readonly Func<TTask, double?> _percent;
        private readonly Func<TTask, (string? Region, string? S3Bucket, string? S3Key)> _place;
        private readonly Func<string, string?, ErrorRecord> _notFound;

        /// <param name="noun">"import" or "export", in messages, progress bars and tooltips.</param>
        /// <param name="listOperation">The operation that lists them (ListImports), the target of a listing of all that failed.</param>
        /// <param name="notFound">The error of an id the service does not know in a region (null: the command's).</param>
        public MgnTaskKind(
            string noun,
            string listOperation,
            Func<string, string?, ErrorRecord> notFound,
            Func<TTask, string?> id,
            Func<TTask, string?> status,
            Func<TTask, double?> percent,
            Func<TTask, (string? Region, string? S3Bucket, string? S3Key)> place)
        {
            Noun = noun;
            ListOperation = listOperation;
            _notFound = notFound;
            _id = id;
            _status = status;
            _percent = percent;
            _place = place;
        }

        public string Noun { get; }

        public string ListOperation { get; }

        /// <summary>The ids of this kind the session has seen, for its completer.</summary>
        public RememberedIds Seen { get; } = new RememberedIds();

        public string? IdOf(TTask task) => _id(task);

        /// <summary>One of ImportStatus or ExportStatus.</summary>
        public string? StatusOf(TTask task) => _status(task);

        public double? PercentOf(TTask task) => _percent(task);

        public ErrorRecord NotFound(string id, string? region) => _notFound(id, region);

        /// <summary>Lets the completer offer <paramref name="task"/>, with its state, region and S3 object as the tooltip.</summary>
        public void Remember(TTask? task)
        {
            if (task is not null)
            {
                var (region, s3Bucket, s3Key) = _place(task);
                Seen.SetMgnTask(Noun, IdOf(task), StatusOf(task), region, s3Bucket, s3Key);
            }
        }
    }
}
