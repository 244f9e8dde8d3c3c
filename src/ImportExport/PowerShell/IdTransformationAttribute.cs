using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Lets only ids of one kind reach an id parameter (-JobId, -Marker, -ImportId): text (or a number typed as one), or
    /// an object with the id's property (a job from Get-IEJob has JobId, an import from Get-MGNImport has ImportId, so
    /// has a row of Import-Csv ...), whose value is taken. Anything else — an object with only an Id, an import given as
    /// a job, a job status given as an import, a file — is refused with the object as the error's target, instead of
    /// being turned into text ("@{Id=730GZ}") and sent. Each kind of id is one small subclass saying its words.
    /// </summary>
    /// <remarks>
    /// PowerShell binds pipeline input to a string parameter by converting any object to text as its last resort; a
    /// transformation sees the object itself first (before that conversion, for pipeline and named arguments alike),
    /// which makes it the one place that can tell a job id from something that merely converts to text.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public abstract class IdTransformationAttribute : ArgumentTransformationAttribute
    {
        private readonly string _property;
        private readonly string _rule;

        /// <param name="property">The property an object carries its id in, which is also the parameter's name (JobId, ImportId).</param>
        /// <param name="rule">What the id is, as the start of the error: "A job id is text (such as 730GZ) or an object with a JobId property (what Get-IEJob returns)".</param>
        protected IdTransformationAttribute(string property, string rule)
        {
            _property = property;
            _rule = rule;
        }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is null)
            {
                return inputData;
            }

            if (value is string text)
            {
                return Ids(text) is { } several ? several : inputData;
            }

            if (value is System.Collections.IList list && !(value is System.Collections.IDictionary))
            {
                var ids = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    ids.AddRange(Expand(One(item)));
                }

                return ids.ToArray();
            }

            var one = One(inputData);
            return one is string id && Ids(id) is { } split ? split : one;
        }

        /// <summary>
        /// The ids in one text when it holds several (a subclass's list form, such as a shipping label's JobId
        /// "BA2H4, 2WW5H" read back from a CSV file); null when it is one id.
        /// </summary>
        protected virtual string[]? Ids(string text) => null;

        private IEnumerable<object?> Expand(object? id) =>
            id is string text && Ids(text) is { } several ? several : new[] { id };

        private object? One(object? item)
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

            var property = PSObject.AsPSObject(item).Properties[_property];
            if (property is not null)
            {
                var id = property.Value is PSObject inner ? inner.BaseObject : property.Value;
                if (id is null || id is string)
                {
                    return id;
                }

                // A list of ids (a shipping label's JobId) reads as its list form, which Ids() splits again.
                if (id is IEnumerable<string> several)
                {
                    return string.Join(", ", several);
                }
            }

            throw ErrorCatalogue.NotAnId(_rule, TypeName(item!), _property, PSObject.AsPSObject(item).Properties["Id"] is not null);
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
