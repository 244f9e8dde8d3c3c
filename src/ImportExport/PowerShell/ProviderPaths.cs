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
    /// Each error's id is <c>&lt;kind&gt;NotFound</c>, <c>IsFolder</c>, <c>Ambiguous</c>, <c>NotFileSystem</c> or
    /// <c>FolderNotFound</c>, after the kind of file (ManifestFile, ImportFile ...), with the path as its target.
    /// </summary>
    internal static class ProviderPaths
    {
        /// <summary>
        /// The files <paramref name="paths"/> name, each error (no match, a folder, not the file system) written as a
        /// record for that path while the others go on. <paramref name="noun"/> is what the file is, for messages
        /// ("manifest file", "inventory file"); <paramref name="kind"/> the prefix of the error ids ("ManifestFile", "ImportFile").
        /// </summary>
        public static List<string> FilesToRead(PSCmdlet cmdlet, IEnumerable<string> paths, bool literal, string parameter, string noun, string kind)
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
                        cmdlet.WriteError(IsFolder(full, parameter, noun, kind));
                    }
                    else if (!File.Exists(full))
                    {
                        cmdlet.WriteError(ErrorCatalogue.Record(
                            new ItemNotFoundException($"The {noun} '{full}' does not exist ({parameter})."),
                            kind + "NotFound", ErrorCategory.ObjectNotFound, full));
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
                        cmdlet.WriteError(NotFileSystem(path, parameter, kind));
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
                    cmdlet.WriteError(ErrorCatalogue.Record(
                        new ItemNotFoundException($"No {noun} matches '{path}' ({parameter})."),
                        kind + "NotFound", ErrorCategory.ObjectNotFound, path));
                }
            }

            return files;
        }

        /// <summary>The one file <paramref name="path"/> names, or null after an error record (several matches included).</summary>
        public static string? FileToRead(PSCmdlet cmdlet, string path, bool literal, string parameter, string noun, string kind, string? advice = null)
        {
            var files = FilesToRead(cmdlet, new[] { path }, literal, parameter, noun, kind);
            if (files.Count > 1)
            {
                cmdlet.WriteError(ErrorCatalogue.Record(
                    new ArgumentException($"{parameter} '{path}' matches {files.Count} files; it takes one {noun}.{(advice is null ? string.Empty : " " + advice)}"),
                    kind + "Ambiguous", ErrorCategory.InvalidArgument, path));
                return null;
            }

            return files.Count == 1 ? files[0] : null;
        }

        /// <summary>
        /// The file-system path of a file to write, taken as written, or null with <paramref name="error"/> when it is a
        /// folder, its folder does not exist, or it is not on the file system.
        /// </summary>
        public static string? FileToWrite(PSCmdlet cmdlet, string path, string parameter, string noun, string kind, out ErrorRecord? error)
        {
            var full = FileSystemPath(cmdlet, path, parameter, kind, out error);
            if (full is null)
            {
                return null;
            }

            if (Directory.Exists(full))
            {
                error = IsFolder(full, parameter, noun, kind);
                return null;
            }

            var folder = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                error = ErrorCatalogue.Record(
                    new DirectoryNotFoundException($"The folder of {parameter} '{path}' does not exist ({folder}); create it first, or give a path in an existing folder."),
                    kind + "FolderNotFound", ErrorCategory.ObjectNotFound, path);
                return null;
            }

            return full;
        }

        /// <summary>The file-system path of an existing folder, or null with <paramref name="error"/>.</summary>
        public static string? Folder(PSCmdlet cmdlet, string path, string parameter, string kind, out ErrorRecord? error)
        {
            var full = FileSystemPath(cmdlet, path, parameter, kind, out error);
            if (full is null)
            {
                return null;
            }

            if (File.Exists(full))
            {
                error = ErrorCatalogue.Record(
                    new IOException($"{parameter} '{full}' is a file; give a folder."),
                    kind + "IsFile", ErrorCategory.InvalidArgument, full);
                return null;
            }

            if (!Directory.Exists(full))
            {
                error = ErrorCatalogue.Record(
                    new DirectoryNotFoundException($"The folder {parameter} '{full}' does not exist."),
                    kind + "FolderNotFound", ErrorCategory.ObjectNotFound, full);
                return null;
            }

            return full;
        }

        private static string? FileSystemPath(PSCmdlet cmdlet, string path, string parameter, string kind, out ErrorRecord? error)
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

            error = NotFileSystem(path, parameter, kind);
            return null;
        }

        private static ErrorRecord IsFolder(string full, string parameter, string noun, string kind) =>
            ErrorCatalogue.Record(
                new IOException($"'{full}' is a folder, not a {noun} ({parameter}). Give a file, or the folder's files: Get-ChildItem '{full}' -File."),
                kind + "IsFolder", ErrorCategory.InvalidArgument, full);

        private static ErrorRecord NotFileSystem(string path, string parameter, string kind) =>
            ErrorCatalogue.Record(
                new ArgumentException($"'{path}' is not a file-system path ({parameter})."),
                kind + "NotFileSystem", ErrorCategory.InvalidArgument, path);
    }
}
