using System;
using System.IO;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Local files and their paths (<see cref="ProviderPaths"/>): not found, a folder for a file, several matches, not
    /// on the file system, already there, not readable or writable. The id is the <see cref="FileKind"/>'s prefix and
    /// a suffix of <see cref="ErrorIds"/>; the target is the path.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>A path without wildcards that names no file.</summary>
        public static ErrorRecord FileNotFound(FileKind kind, string full, string parameter) =>
            Record(new ItemNotFoundException($"The {kind.Noun} '{full}' does not exist ({parameter})."),
                kind.IdPrefix + ErrorIds.NotFoundSuffix, ErrorCategory.ObjectNotFound, full);

        /// <summary>A wildcard path that matches no file.</summary>
        public static ErrorRecord NoFileMatches(FileKind kind, string path, string parameter) =>
            Record(new ItemNotFoundException($"No {kind.Noun} matches '{path}' ({parameter})."),
                kind.IdPrefix + ErrorIds.NotFoundSuffix, ErrorCategory.ObjectNotFound, path);

        /// <summary>A path that takes one file and matches several; <paramref name="advice"/> (or null) ends the message.</summary>
        public static ErrorRecord FileAmbiguous(FileKind kind, string path, string parameter, int count, string? advice) =>
            Record(new ArgumentException($"{parameter} '{path}' matches {count} files; it takes one {kind.Noun}.{(advice is null ? string.Empty : " " + advice)}"),
                kind.IdPrefix + ErrorIds.AmbiguousSuffix, ErrorCategory.InvalidArgument, path);

        /// <summary>A folder given for a file.</summary>
        public static ErrorRecord PathIsFolder(FileKind kind, string full, string parameter) =>
            Record(new IOException($"'{full}' is a folder, not a {kind.Noun} ({parameter}). Give a file, or the folder's files: Get-ChildItem '{full}' -File."),
                kind.IdPrefix + ErrorIds.IsFolderSuffix, ErrorCategory.InvalidArgument, full);

        /// <summary>A file given for a folder.</summary>
        public static ErrorRecord PathIsFile(FileKind kind, string full, string parameter) =>
            Record(new IOException($"{parameter} '{full}' is a file; give a folder."),
                kind.IdPrefix + ErrorIds.IsFileSuffix, ErrorCategory.InvalidArgument, full);

        /// <summary>A path of another provider (or of a drive that does not exist).</summary>
        public static ErrorRecord NotFileSystem(FileKind kind, string path, string parameter) =>
            Record(new ArgumentException($"'{path}' is not a file-system path ({parameter})."),
                kind.IdPrefix + ErrorIds.NotFileSystemSuffix, ErrorCategory.InvalidArgument, path);

        /// <summary>A file to write whose folder does not exist: the path as typed is the target, the folder is named.</summary>
        public static ErrorRecord FolderOfFileNotFound(FileKind kind, string path, string parameter, string folder) =>
            Record(new DirectoryNotFoundException($"The folder of {parameter} '{path}' does not exist ({folder}); create it first, or give a path in an existing folder."),
                kind.IdPrefix + ErrorIds.FolderNotFoundSuffix, ErrorCategory.ObjectNotFound, path);

        /// <summary>A folder parameter that names no folder.</summary>
        public static ErrorRecord FolderNotFound(FileKind kind, string full, string parameter) =>
            Record(new DirectoryNotFoundException($"The folder {parameter} '{full}' does not exist."),
                kind.IdPrefix + ErrorIds.FolderNotFoundSuffix, ErrorCategory.ObjectNotFound, full);

        /// <summary>A file that would be replaced without -Force.</summary>
        public static ErrorRecord FileExists(FileKind kind, string path) =>
            Record(new IOException($"The file '{path}' already exists; use -Force to replace it."),
                kind.IdPrefix + ErrorIds.ExistsSuffix, ErrorCategory.ResourceExists, path);

        /// <summary>A file the file system would not let the command write; <paramref name="failure"/> says why.</summary>
        public static ErrorRecord FileUnwritable(FileKind kind, string path, Exception failure) =>
            Record(new IOException($"The {kind.Noun} '{path}' cannot be written: {failure.Message}", failure),
                kind.UnwritableId, ErrorCategory.WriteError, path);

        /// <summary>A file the file system would not let the command read; <paramref name="failure"/> says why.</summary>
        public static ErrorRecord FileUnreadable(FileKind kind, string path, Exception failure) =>
            Record(new IOException($"The {kind.Noun} '{path}' cannot be read: {failure.Message}", failure),
                kind.IdPrefix + ErrorIds.UnreadableSuffix, ErrorCategory.ReadError, path);
    }
}
