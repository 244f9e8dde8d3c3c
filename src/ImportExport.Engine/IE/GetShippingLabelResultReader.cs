
namespace ImportExport.IE
{
    internal sealed class GetShippingLabelResultReader : QueryResponseUnmarshaller<ShippingLabel>
    {
        public static readonly GetShippingLabelResultReader Instance = new GetShippingLabelResultReader();

        protected override string Operation => "GetShippingLabel";

        protected override ShippingLabel CreateResult() => new ShippingLabel();

        protected override void OnElement(ShippingLabel result, int depth, string name, string parent, string text)
        {
            if (depth != 1)
            {
                return;
            }

            switch (name)
            {
                case "ShippingLabelURL": result.ShippingLabelURL = text; break;
                case "Warning": result.Warning = text; break;
            }
        }
    }
}
