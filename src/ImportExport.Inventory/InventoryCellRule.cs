namespace ImportExport.Inventory
{
    /// <summary>
    /// The check a column's cells get, decided once per file from the column's canonical name, so that a cell is
    /// one switch on a number rather than a string switch and suffix searches per row.
    /// </summary>
    internal enum InventoryCellRule
    {
        Tag,
        AccountId,
        Region,
        WaveId,
        AppId,
        ServerId,
        Name,
        Description,
        Platform,
        Tenancy,
        Licensing,
        TransferServerTags,
        InstanceType,
        InstanceProfile,
        HostId,
        Fqdn,
        NetworkInterfaceId,
        SubnetId,
        SecurityGroupId,
        PrivateIp,
        VolumeType,

        /// <summary>Kept as a property without a format check.</summary>
        Unchecked,
    }
}
