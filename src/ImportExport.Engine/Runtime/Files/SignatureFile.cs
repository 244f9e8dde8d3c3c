using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A job's SIGNATURE file on a device: AWS matches the device to the job by it, so it is written byte for byte as
    /// the service returned it (UTF-8 without BOM, line endings untouched), never half-written (<see cref="AtomicFile"/>),
    /// and an existing file with other contents is replaced only when asked. Save-IESignatureFile is the PowerShell face
    /// of this type; the words of each outcome are the cmdlet's.
    /// </summary>
    public static class SignatureFile
    {
        /// <summary>The name AWS looks for at the root of the device.</summary>
        public const string FileName = "SIGNATURE";

        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        // For reading the job id out of an existing file, for a message only: bad bytes must not throw there.
        private static readonly UTF8Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        /// <summary>The value of the <c>jobId:</c> line of a signature file, if it has one.</summary>
        public static string? JobIdIn(string contents)
        {
            foreach (var line in contents.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("jobId:", StringComparison.Ordinal))
                {
                    return trimmed.Substring("jobId:".Length).Trim();
                }
            }

            return null;
        }

        /// <summary>The bytes to write, or null when <paramref name="contents"/> is not valid Unicode text (a lone surrogate).</summary>
        public static byte[]? Encode(string contents, out string? problem)
        {
            try
            {
                problem = null;
                return Utf8NoBom.GetBytes(contents);
            }
            catch (EncoderFallbackException ex)
            {
                problem = ex.Message;
                return null;
            }
        }

        /// <summary>
        /// Writes <paramref name="bytes"/> to <paramref name="path"/>. An existing file with the same bytes is left as it
        /// is; one with other bytes is replaced only with <paramref name="replace"/>, otherwise left and reported with the
        /// job its contents name. Read and write failures are <see cref="SignatureFileException"/>s; nothing is half-written.
        /// </summary>
        public static SignatureFileWrite Save(string path, byte[] bytes, bool replace)
        {
            if (File.Exists(path))
            {
                byte[] existing;
                try
                {
                    existing = File.ReadAllBytes(path);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    throw new SignatureFileException(SignatureFileFailure.ExistingUnreadable, path, ex);
                }

                if (existing.SequenceEqual(bytes))
                {
                    return new SignatureFileWrite(SignatureFileOutcome.AlreadyPresent, null);
                }

                if (!replace)
                {
                    return new SignatureFileWrite(SignatureFileOutcome.OtherContentsKept, JobIdIn(Lenient.GetString(existing)));
                }
            }

            try
            {
                AtomicFile.WriteAllBytes(path, bytes);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new SignatureFileException(SignatureFileFailure.WriteFailed, path, ex);
            }

            return new SignatureFileWrite(SignatureFileOutcome.Written, null);
        }
    }
}
