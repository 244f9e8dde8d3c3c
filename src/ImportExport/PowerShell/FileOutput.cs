using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Writes a file the cmdlet has written as the FileSystem provider's own item, so that it shows (Mode, Length,
    /// LastWriteTime, the Directory: heading) and pipes as Get-Item's output does; a bare FileInfo lacks the
    /// provider's properties and renders with empty columns.
    /// </summary>
    public static class FileOutput
    {
        public static void Write(PSCmdlet cmdlet, string path)
        {
            foreach (var item in cmdlet.SessionState.InvokeProvider.Item.Get(new[] { path }, force: true, literalPath: true))
            {
                cmdlet.WriteObject(item);
            }
        }
    }
}
