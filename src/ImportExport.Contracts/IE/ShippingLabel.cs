using System;

namespace ImportExport.IE
{
    /// <summary>A pre-paid shipping label for one or more jobs (GetShippingLabel).</summary>
    public sealed class ShippingLabel
    {
        public JobIdList JobId { get; set; } = new JobIdList(Array.Empty<string>());
        public string? ShippingLabelURL { get; set; }
        public string? Warning { get; set; }

        /// <summary>The job ids the label covers ("ABCDE, FGHIJ"), as its <see cref="JobId"/> reads.</summary>
        public override string ToString() => JobId.ToString();
    }
}
