namespace ImportExport.Inventory
{
    /// <summary>What an import of a file would do to a resource (Compare-MGNImportFile).</summary>
    public enum ImportFileAction
    {
        /// <summary>The file makes the resource: the import counts it as created.</summary>
        Create,

        /// <summary>The resource exists and the file changes a value of it: the import counts it as modified.</summary>
        Modify,

        /// <summary>The resource exists and the file names it without changing anything: the import counts it as neither.</summary>
        Unchanged,

        /// <summary>A row the import would reject (VALIDATION_ERROR) or fail to apply (PROCESSING_ERROR); it changes nothing.</summary>
        Fail,
    }
}
