namespace ImportExport.Emulator;

/// <summary>MGN exports (<see cref="TaskStore{TTask, TSnapshot}"/>). StartExport has no clientToken.</summary>
internal sealed class ExportStore() : TaskStore<ExportTask, ExportSnapshot>("export")
{
    public ExportSnapshot Start(Func<string, ExportTask> create, DateTimeOffset now)
    {
        lock (Gate)
        {
            return Add(create, now).ToSnapshot();
        }
    }
}
