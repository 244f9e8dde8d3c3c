namespace ImportExport.IE
{
    /// <summary>A discrete item of a job, such as a PDF, with a description and where to get it.</summary>
    public sealed class Artifact
    {
        public Artifact(string? description, string? url)
        {
            Description = description;
            URL = url;
        }

        public string? Description { get; }

        public string? URL { get; }

        public override string ToString() => string.IsNullOrEmpty(Description) ? URL ?? string.Empty : $"{Description}: {URL}";
    }
}
