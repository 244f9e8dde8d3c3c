using System.Collections.Generic;
using System.Globalization;

namespace ImportExport.IE
{
    public sealed class GetShippingLabelRequest : ImportExportRequest
    {
        internal override string Action => "GetShippingLabel";

        public IList<string> JobIds { get; set; } = new List<string>();
        public ReturnAddress ReturnAddress { get; set; } = new ReturnAddress();

        private protected override void WriteOperationParameters(IDictionary<string, string> parameters)
        {
            for (var i = 0; i < JobIds.Count; i++)
            {
                parameters["jobIds.member." + (i + 1).ToString(CultureInfo.InvariantCulture)] = JobIds[i];
            }

            var address = ReturnAddress;
            AddIfSet(parameters, "name", address.Name);
            AddIfSet(parameters, "company", address.Company);
            AddIfSet(parameters, "phoneNumber", address.PhoneNumber);
            AddIfSet(parameters, "country", address.Country);
            AddIfSet(parameters, "stateOrProvince", address.StateOrProvince);
            AddIfSet(parameters, "city", address.City);
            AddIfSet(parameters, "postalCode", address.PostalCode);
            AddIfSet(parameters, "street1", address.Street1);
            AddIfSet(parameters, "street2", address.Street2);
            AddIfSet(parameters, "street3", address.Street3);
        }
    }
}
