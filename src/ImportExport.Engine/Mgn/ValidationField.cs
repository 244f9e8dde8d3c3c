namespace ImportExport.Mgn
{
    public sealed class ValidationField
    {
        public ValidationField(string? name, string? message)
        {
            Name = name;
            Message = message;
        }

        public string? Name { get; }

        public string? Message { get; }

        public override string ToString() => $"{Name}: {Message}";
    }
}
