using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using ImportExport.Runtime;
using ImportExport.S3;

namespace ImportExport.Mgn
{
    /// <summary>
    /// What an MGN import read and what it rejected, for turning its errors back into a file: the import itself
    /// (ListImports), all its errors (ListImportErrors), and the object it read (GetObject, checksum verified). MGN
    /// records only the object's bucket and key, no size, checksum or version, so whether the object is still the one
    /// the import read is judged by when S3 last wrote it: after the import was created means replaced.
    /// </summary>
    public sealed class ImportSourceFile
    {
        private readonly MgnClient _mgn;
        private readonly S3Client _s3;
        private readonly ICallRunner _runner;

        public ImportSourceFile(MgnClient mgn, S3Client s3, ICallRunner? runner = null)
        {
            _mgn = mgn ?? throw new ArgumentNullException(nameof(mgn));
            _s3 = s3 ?? throw new ArgumentNullException(nameof(s3));
            _runner = runner ?? BlockingCallRunner.Instance;
        }

        /// <summary>The import, or null when the account has no such import in the client's region.</summary>
        public ImportTask? Find(string importId, CancellationToken cancellationToken) =>
            new PageWalk<MgnPage<ImportTask>>(
                null,
                next => _runner.Run(t => _mgn.ListImportsAsync(new ListImportsRequest { ImportIds = new[] { importId }, NextToken = next }, t), cancellationToken),
                page => page.NextToken)
            .SelectMany(page => page.Items)
            .FirstOrDefault(task => task.ImportId == importId);

        /// <summary>Every error of the import, all pages.</summary>
        public IReadOnlyList<ImportError> Errors(string importId, CancellationToken cancellationToken) =>
            new PageWalk<MgnPage<ImportError>>(
                null,
                next => _runner.Run(t => _mgn.ListImportErrorsAsync(new ListImportErrorsRequest { ImportId = importId, MaxResults = 1000, NextToken = next }, t), cancellationToken),
                page => page.NextToken)
            .SelectMany(page => page.Items)
            .ToList();

        /// <summary>
        /// The object the import read, as S3 holds it now. A missing object or bucket and a refused read are
        /// <see cref="InventoryDownloadException"/>s (<see cref="InventoryDownloadFailure.ObjectMissing"/>,
        /// <see cref="InventoryDownloadFailure.ObjectUnreadable"/>).
        /// </summary>
        public GetObjectResult Read(ImportTask import, CancellationToken cancellationToken) =>
            ObjectRead.Get(_s3, _runner, import.S3Bucket ?? string.Empty, import.S3Key ?? string.Empty, import.S3BucketOwner, new GetObjectRequest().MaxBytes, $"the file MGN import {import.ImportId} read", cancellationToken);

        /// <summary>Whether S3 wrote <paramref name="source"/> after <paramref name="import"/> was created: then it may not be what the import read.</summary>
        public static bool ReplacedSince(GetObjectResult source, ImportTask import) =>
            source.LastModified is { } written && import.CreationDateTime is { } created && written.ToUniversalTime() > created.ToUniversalTime();

        /// <summary>Lowercase hex SHA-256 of <paramref name="bytes"/>: how two files are told apart in messages.</summary>
        public static string Sha256(byte[] bytes)
        {
            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(bytes)).Replace("-", string.Empty).ToLowerInvariant();
        }
    }
}
