using System.Text;

namespace ImportExport.Tests.Inventory;

/// <summary>Windows code pages for writing test files (pwsh registers the same provider at start-up).</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(int codePage) => Encoding.GetEncoding(codePage);
}
