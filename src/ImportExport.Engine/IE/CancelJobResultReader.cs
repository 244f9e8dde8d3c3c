
namespace ImportExport.IE
{
    internal sealed class CancelJobResultReader : QueryResponseUnmarshaller<CanceledJob>
    {
        public static readonly CancelJobResultReader Instance = new CancelJobResultReader();

        protected override string Operation => "CancelJob";

        protected override CanceledJob CreateResult() => new CanceledJob();

        protected override void OnElement(CanceledJob result, int depth, string name, string parent, string text)
        {
            if (depth == 1 && name == "Success")
            {
                result.Success = ParseBool(text);
            }
        }
    }
}
