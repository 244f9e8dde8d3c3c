
namespace ImportExport.Runtime
{
    /// <summary>A region and where it came from.</summary>
    public sealed class ResolvedRegion
    {
        public ResolvedRegion(string name, string source)
        {
            Name = name;
            Source = source;
        }

        public string Name { get; }

        public string Source { get; }
    }
}
