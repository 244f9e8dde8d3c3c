using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Lets only job ids reach a job id parameter (-JobId, -Marker): text (or a number typed as one), or an object with a JobId property
    /// (a job from Get-IEJob, New-IEJob, Import-Csv ...), whose JobId is taken. Anything else — an object with an Id,
    /// an MGN import, a file — is refused with the object as the error's target, instead of being turned into text
    /// ("@{Id=730GZ}") and sent.
    /// </summary>
    /// <remarks>
    /// PowerShell binds pipeline input to a string parameter by converting any object to text as its last resort; a
    /// transformation sees the object itself first (before that conversion, for pipeline and named arguments alike),
    /// which makes it the one place that can tell a job id from something that merely converts to text.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class JobIdTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is null || value is string)
            {
                return inputData;
            }

            if (value is System.Collections.IList list && !(value is System.Collections.IDictionary))
            {
                var ids = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    ids.Add(One(item));
                }

                return ids.ToArray();
            }

            return One(inputData);
        }

        private static object? One(object? item)
        {
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            switch (value)
            {
                case null:
                case string _:
                    return item;
                case char c:
                    return c.ToString();
                case IConvertible number when IsNumber(number):
                    return number.ToString(CultureInfo.InvariantCulture);
            }

            var property = PSObject.AsPSObject(item).Properties["JobId"];
            if (property is not null)
            {
                var jobId = property.Value is PSObject inner ? inner.BaseObject : property.Value;
                if (jobId is null || jobId is string)
                {
                    return jobId;
                }
            }

            throw new ArgumentTransformationMetadataException(string.Format(
                CultureInfo.InvariantCulture,
                "A job id is text (such as 730GZ) or an object with a JobId property (what Get-IEJob returns); a {0} is neither{1}.",
                TypeName(item!),
                PSObject.AsPSObject(item).Properties["Id"] is not null ? ". If its Id is a job id, pass that: -JobId $object.Id" : string.Empty));
        }

        private static bool IsNumber(IConvertible value)
        {
            switch (value.GetTypeCode())
            {
                case TypeCode.Byte:
                case TypeCode.SByte:
                case TypeCode.Int16:
                case TypeCode.UInt16:
                case TypeCode.Int32:
                case TypeCode.UInt32:
                case TypeCode.Int64:
                case TypeCode.UInt64:
                case TypeCode.Decimal:
                    return !(value is Enum);
                default:
                    return false;
            }
        }

        // PowerShell's own name for a PSCustomObject reads better than System.Management.Automation.PSCustomObject.
        private static string TypeName(object item)
        {
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            return value is PSCustomObject ? "PSCustomObject" : value.GetType().FullName ?? value.GetType().Name;
        }
    }
}
