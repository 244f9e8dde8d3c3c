using System.Collections.Generic;
using Amazon.Runtime;

namespace ImportExport.IE
{
    /// <summary>
    /// An Import/Export request: its query-protocol action and the form parameters it sends.
    /// Parameter names and list encoding (<c>jobIds.member.N</c>) follow the 2010-06-01 service model.
    /// </summary>
    public abstract class ImportExportRequest : AmazonWebServiceRequest
    {
        internal abstract string Action { get; }

        /// <summary>The version of the client tool (the model's optional APIVersion parameter).</summary>
        public string? APIVersion { get; set; }

        internal void WriteParameters(IDictionary<string, string> parameters)
        {
            WriteOperationParameters(parameters);
            AddIfSet(parameters, "APIVersion", APIVersion);
        }

        private protected abstract void WriteOperationParameters(IDictionary<string, string> parameters);

        private protected static void AddIfSet(IDictionary<string, string> parameters, string name, string? value)
        {
            if (value is not null)
            {
                parameters[name] = value;
            }
        }

        private protected static string Bool(bool value) => value ? "true" : "false";
    }
}
