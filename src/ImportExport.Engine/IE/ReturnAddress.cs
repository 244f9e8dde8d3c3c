namespace ImportExport.IE
{
    /// <summary>The return address a shipping label is made out from.</summary>
    public sealed class ReturnAddress
    {
        public string? Name { get; set; }
        public string? Company { get; set; }
        public string? PhoneNumber { get; set; }
        public string? Country { get; set; }
        public string? StateOrProvince { get; set; }
        public string? City { get; set; }
        public string? PostalCode { get; set; }
        public string? Street1 { get; set; }
        public string? Street2 { get; set; }
        public string? Street3 { get; set; }
    }
}
