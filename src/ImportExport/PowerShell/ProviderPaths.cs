using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The one rule for the paths of every cmdlet that reads or writes a file. Paths go through the PowerShell provider
    /// (relative to the current location, PSDrives, ~), as PowerShell's own cmdlets resolve them. A -Path that reads
    /// takes wildcards and a -LiteralPath does not; a folder given for a file says it is a folder; a file to write
    /// whose folder is missing names the path the user typed, never the temporary file the write would have used.
    /// Each error (ErrorCatalogue.Files.cs) has the <see cref="FileKind"/>'s prefix and <c>NotFound</c>, <c>IsFolder</c>,
    /// <c>Ambiguous</c>, <c>NotFileSystem</c> or <c>FolderNotFound</c> as its id (ManifestFileNotFound ...), the path as its target.
    /// </summary>
    internal static class ProviderPaths
    {
        /// <summary>
        /// The files <paramref name="paths"/> name, each error (no match, a folder, not the file system) written as a
        /// record for that path while the others go on. <paramref name="kind"/> is what the file is, for messages
        /// ("manifest file") and error ids (ManifestFileNotFound).
        /// </summary>
        public static List<string> FilesToRead(PSCmdlet cmdlet, IEnumerable<string> paths, bool literal, string parameter, FileKind kind)
        {
            var files = new List<string>();
            foreach (var path in paths)
            {
                if (literal || !WildcardPattern.ContainsWildcardCharacters(path))
                {
                    // A -Path without wildcards may still escape them (`[ and `]) as PowerShell's own cmdlets allow.
                    var full = FileSystemPath(cmdlet, literal ? path : WildcardPattern.Unescape(path), parameter, kind, out var notFileSystem);
                    if (full is null)
                    {
                        cmdlet.WriteError(notFileSystem!);
                        continue;
                    }

                    if (Directory.Exists(full))
                    {
                        cmdlet.WriteError(ErrorCatalogue.PathIsFolder(kind, full, parameter));
                    }
                    else if (!File.Exists(full))
                    {
                        cmdlet.WriteError(ErrorCatalogue.FileNotFound(kind, full, parameter));
                    }
                    else
                    {
                        files.Add(full);
                    }

                    continue;
                }

                Collection<string>? resolved = null;
                try
                {
                    resolved = cmdlet.GetResolvedProviderPathFromPSPath(path, out var provider);
                    if (provider.Name != "FileSystem")
                    {
                        cmdlet.WriteError(ErrorCatalogue.NotFileSystem(kind, path, parameter));
                        continue;
                    }
                }
                catch (ItemNotFoundException)
                {
                }

                var matched = 0;
                foreach (var file in resolved ?? new Collection<string>())
                {
                    if (File.Exists(file))
                    {
                        files.Add(file);
                        matched++;
                    }
                }

                if (matched == 0)
                {
                    cmdlet.WriteError(ErrorCatalogue.NoFileMatches(kind, path, parameter));
                }
            }

            return files;
        }

        /// <summary>The one file <paramref name="path"/> names, or null after an error record (several matches included).</summary>
        public static string? FileToRead(PSCmdlet cmdlet, string path, bool literal, string parameter, FileKind kind, string? advice = null)
        {
            var files = FilesToRead(cmdlet, new[] { path }, literal, parameter, kind);
            if (files.Count > 1)
            {
                cmdlet.WriteError(ErrorCatalogue.FileAmbiguous(kind, path, parameter, files.Count, advice));
                return null;
            }

            return files.Count == 1 ? files[0] : null;
        }

        /// <summary>
        /// The file-system path of a file to write, taken as written, or null with <paramref name="error"/> when it is a
        /// folder, its folder does not exist, or it is not on the file system.
        /// </summary>
        public static string? FileToWrite(PSCmdlet cmdlet, string path, string parameter, FileKind kind, out ErrorRecord? error)
        {
            var full = FileSystemPath(cmdlet, path, parameter, kind, out error);
            if (full is null)
            {
                return null;
            }

            if (Directory.Exists(full))
            {
                error = ErrorCatalogue.PathIsFolder(kind, full, parameter);
                return null;
            }

            var folder = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                error = ErrorCatalogue.FolderOfFileNotFound(kind, path, parameter, folder);
                return null;
            }

            return full;
        }

        /// <summary>The file-system path of an existing folder, or null with <paramref name="error"/>.</summary>
        public static string? Folder(PSCmdlet cmdlet, string path, string parameter, FileKind kind, out ErrorRecord? error)
        {
            var full = FileSystemPath(cmdlet, path, parameter, kind, out error);
            if (full is null)
            {
                return null;
            }

            if (File.Exists(full))
            {
                error = ErrorCatalogue.PathIsFile(kind, full, parameter);
                return null;
            }

            if (!Directory.Exists(full))
            {
                error = ErrorCatalogue.FolderNotFound(kind, full, parameter);
                return null;
            }

            return full;
        }

        private static string? FileSystemPath(PSCmdlet cmdlet, string path, string parameter, FileKind kind, out ErrorRecord? error)
        {
            error = null;
            try
            {
                var full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                if (provider.Name == "FileSystem")
                {
                    return full;
                }
            }
            catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException || ex is NotSupportedException)
            {
                // A drive or provider that does not exist: reported as not a file-system path, in the user's words.
            }

            error = ErrorCatalogue.NotFileSystem(kind, path, parameter);
            return null;
        }
    }
}
