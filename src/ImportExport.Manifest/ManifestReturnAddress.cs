namespace ImportExport.Manifest
{
    /// <summary>The return address of a manifest (where AWS ships the device back).</summary>
    public sealed class ManifestReturnAddress
    {
        public string? Name { get; set; }
        public string? Company { get; set; }
        public string? Street1 { get; set; }
        public string? Street2 { get; set; }
        public string? Street3 { get; set; }
        public string? City { get; set; }
        public string? StateOrProvince { get; set; }
        public string? PostalCode { get; set; }
        public string? PhoneNumber { get; set; }
        public string? Country { get; set; }
    }
}
