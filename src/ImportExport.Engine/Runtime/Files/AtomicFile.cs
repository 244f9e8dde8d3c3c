using System;
using System.IO;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Writes a file so that readers only ever see the old content or the complete new content: the bytes go to a
    /// temporary file in the same directory (same volume, so the final step is a rename) and then replace the target.
    /// A half-written SIGNATURE, manifest or label after a full disk or a Ctrl+C would be worse than none.
    /// </summary>
    public static class AtomicFile
    {
        /// <summary>A temporary path next to <paramref name="path"/>: hidden-ish, unique, and recognisably ours.</summary>
        public static string TemporaryPathFor(string path)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(path));
            return Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        }

        /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, replacing an existing file.</summary>
        public static void WriteAllBytes(string path, byte[] bytes)
        {
            var temporary = TemporaryPathFor(path);
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                MoveIntoPlace(temporary, path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // The temporary name is ours, not the user's: a failure speaks of the file they asked for.
                throw new IOException(ex.Message.Replace(temporary, path), ex);
            }
            finally
            {
                TryDelete(temporary);
            }
        }

        /// <summary>Moves a finished temporary file onto <paramref name="path"/>, replacing what is there.</summary>
        public static void MoveIntoPlace(string temporary, string path)
        {
            if (File.Exists(path))
            {
                // File.Replace is a single rename on both Windows (ReplaceFile) and Unix (rename(2)).
                File.Replace(temporary, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temporary, path);
            }
        }

        /// <summary>Removes a temporary file if it is still there; never throws (cleanup must not hide the real error).</summary>
        public static void TryDelete(string path)
        {
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
