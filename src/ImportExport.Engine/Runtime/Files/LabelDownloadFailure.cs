namespace ImportExport.Runtime
{
    /// <summary>Why a label download failed; each maps to one error id in the PowerShell layer.</summary>
    public enum LabelDownloadFailure
    {
        /// <summary>The URL (or a redirect) is not https, and not http to a loopback address.</summary>
        UrlNotAllowed,

        /// <summary>The server answered with an HTTP error status.</summary>
        HttpError,

        /// <summary>The TLS handshake failed (for example an untrusted certificate); never ignored.</summary>
        TlsError,

        /// <summary>The connection failed or timed out.</summary>
        NetworkError,

        /// <summary>The content does not start with <c>%PDF-</c>.</summary>
        NotPdf,

        /// <summary>The content is larger than <see cref="LabelDownloader.MaxLabelBytes"/>.</summary>
        TooLarge,

        /// <summary>Too many redirects.</summary>
        TooManyRedirects,
    }
}
