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

        /// <summary>An edit marker ([RESET_VALUE], [DELETE_TAG]) in a column that does not take it.</summary>
        public const string Marker = "Marker";

        /// <summary>The header is one field holding ';' or tabs: the file is not comma-separated.</summary>
        public const string Delimiter = "Delimiter";

        /// <summary>The file is larger than <see cref="InventoryChecker.MaxFileBytes"/>.</summary>
        public const string FileTooLarge = "FileTooLarge";

        /// <summary>More problems than <see cref="InventoryChecker.MaxProblems"/>: the rest are counted, not listed.</summary>
        public const string TooManyProblems = "TooManyProblems";

        /// <summary>Import only: a row for an account the caller does not manage, or for a region other than the import's.</summary>
        public const string Scope = "Scope";

        /// <summary>Import only: a row gives a source server a user-provided id other than the one it has.</summary>
        public const string UserProvidedIdChanged = "UserProvidedIdChanged";

        public const string ValidationError = "VALIDATION_ERROR";
        public const string ProcessingError = "PROCESSING_ERROR";
    }
}
