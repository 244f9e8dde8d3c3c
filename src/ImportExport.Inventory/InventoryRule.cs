namespace ImportExport.Inventory
{
    /// <summary>The names of the inventory rules, as <see cref="ImportFileProblem.Rule"/> reports them.</summary>
    public static class InventoryRule
    {
        public const string NotCsv = "NotCsv";
        public const string NoInventoryColumns = "NoInventoryColumns";
        public const string UnknownColumn = "UnknownColumn";
        public const string DuplicateColumn = "DuplicateColumn";
        public const string FieldCount = "FieldCount";
        public const string Quoting = "Quoting";
        public const string NoResource = "NoResource";
        public const string IdentifierRequired = "IdentifierRequired";
        public const string IdFormat = "IdFormat";
        public const string IdNotFound = "IdNotFound";
        public const string AccountId = "AccountId";
        public const string Region = "Region";
        public const string Name = "Name";
        public const string DescriptionLength = "DescriptionLength";
        public const string AllowedValues = "AllowedValues";
        public const string Tag = "Tag";
        public const string TagCount = "TagCount";
        public const string Value = "Value";
        public const string Conflict = "Conflict";
        public const string ServerAddress = "ServerAddress";
        public const string ServersPerApplication = "ServersPerApplication";

        public const string ValidationError = "VALIDATION_ERROR";
        public const string ProcessingError = "PROCESSING_ERROR";
    }
}
