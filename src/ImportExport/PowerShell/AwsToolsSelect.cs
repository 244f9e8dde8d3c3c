using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using ImportExport.AwsTools;
using ImportExport.Mgn;
using S3BucketSource = ImportExport.AwsTools.S3BucketSource;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// AWS Tools for PowerShell's -Select, on the cmdlets that share its names, with its meaning: <c>*</c> writes the
    /// whole answer, <c>Name</c> or <c>Name.Sub</c> a property path of it (each segment one property, any case; the items
    /// of a list are walked and written one by one), <c>^Parameter</c> the value of one of the cmdlet's own parameters.
    /// Only an explicit -Select applies: without it each cmdlet writes what it always wrote. A path that names no
    /// property is refused before anything is sent (AWS Tools checks it against the response type too).
    /// </summary>
    public static class AwsToolsSelect
    {
        /// <summary>
        /// The AWS Tools-shaped properties ImportExport.Types.ps1xml adds, hidden, to the flat output objects: a path
        /// through them is valid here as on AWS Tools' objects.
        /// </summary>
        private static readonly Dictionary<Type, Dictionary<string, (Type Type, Func<object, object?> Get)>> Shaped =
            new Dictionary<Type, Dictionary<string, (Type, Func<object, object?>)>>
            {
                [typeof(ImportTask)] = new Dictionary<string, (Type, Func<object, object?>)>(StringComparer.OrdinalIgnoreCase)
                {
                    ["S3BucketSource"] = (typeof(S3BucketSource), o => S3BucketSource.Of((ImportTask)o)),
                    ["Summary"] = (typeof(ImportTaskSummary), o => ImportTaskSummary.Of((ImportTask)o)),
                },
                [typeof(ImportError)] = new Dictionary<string, (Type, Func<object, object?>)>(StringComparer.OrdinalIgnoreCase)
                {
                    ["ErrorData"] = (typeof(ImportErrorData), o => ImportErrorData.Of((ImportError)o)),
                },
            };

        /// <summary>The hidden AWS Tools-shaped property names of <paramref name="type"/> (tests compare them with the type data).</summary>
        public static IReadOnlyCollection<string> ShapedPropertiesOf(Type type) =>
            Shaped.TryGetValue(type, out var extra) ? extra.Keys.ToArray() : Array.Empty<string>();

        /// <summary>
        /// Refuses, as a terminating error, a -Select that cannot apply to <paramref name="response"/> (the type '*'
        /// writes), or -Select with AWS Tools' V4 -PassThru. Call it before any request.
        /// </summary>
        public static void Check(PSCmdlet cmdlet, string? select, Type response, bool passThru = false)
        {
            if (!cmdlet.MyInvocation.BoundParameters.ContainsKey("Select"))
            {
                return;
            }

            if (passThru)
            {
                Refuse(cmdlet, ErrorCatalogue.SelectWithPassThru(select));
            }

            if (string.IsNullOrWhiteSpace(select))
            {
                Refuse(cmdlet, ErrorCatalogue.SelectEmpty(select));
            }

            if (select == "*")
            {
                return;
            }

            if (select!.StartsWith("^", StringComparison.Ordinal))
            {
                if (ParameterOf(cmdlet, select.Substring(1)) is null)
                {
                    Refuse(cmdlet, ErrorCatalogue.SelectNoSuchParameter(select, cmdlet.MyInvocation.MyCommand.Name));
                }

                return;
            }

            var type = response;
            foreach (var segment in select.Split('.'))
            {
                var next = PropertyType(type, segment);
                if (next is null)
                {
                    var known = string.Join(", ", PropertyNames(type));
                    Refuse(cmdlet, ErrorCatalogue.SelectNoSuchProperty(select, type.Name, segment, known));
                }

                type = ItemType(next!) ?? next!;
            }
        }

        /// <summary>
        /// Writes what -Select (or, when <paramref name="select"/> is null, the cmdlet's own default) picks of
        /// <paramref name="response"/>. Returns false when -Select is not bound, so the cmdlet writes as it always did.
        /// </summary>
        public static bool Write(PSCmdlet cmdlet, string? select, object response)
        {
            if (!cmdlet.MyInvocation.BoundParameters.ContainsKey("Select") && select is null)
            {
                return false;
            }

            select ??= "*";
            if (select == "*")
            {
                cmdlet.WriteObject(response);
                return true;
            }

            if (select.StartsWith("^", StringComparison.Ordinal))
            {
                var parameter = ParameterOf(cmdlet, select.Substring(1));
                cmdlet.WriteObject(parameter?.GetValue(cmdlet), true);
                return true;
            }

            IEnumerable<object?> current = new[] { response };
            foreach (var segment in select.Split('.'))
            {
                current = current.Where(o => o is not null).SelectMany(o => Values(Get(o!, segment)));
            }

            foreach (var value in current.Where(v => v is not null))
            {
                cmdlet.WriteObject(value);
            }

            return true;
        }

        // AWS Tools walks into a list (not a string) and on with its items.
        private static IEnumerable<object?> Values(object? value) =>
            value is IEnumerable list && value is not string && value is not IDictionary ? list.Cast<object?>() : new[] { value };

        private static object? Get(object target, string name)
        {
            if (Shaped.TryGetValue(target.GetType(), out var extra) && extra.TryGetValue(name, out var shaped))
            {
                return shaped.Get(target);
            }

            return ClrProperty(target.GetType(), name)?.GetValue(target);
        }

        private static Type? PropertyType(Type type, string name)
        {
            if (Shaped.TryGetValue(type, out var extra) && extra.TryGetValue(name, out var shaped))
            {
                return shaped.Type;
            }

            return ClrProperty(type, name)?.PropertyType;
        }

        private static IEnumerable<string> PropertyNames(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name)
                .Concat(Shaped.TryGetValue(type, out var extra) ? extra.Keys : Enumerable.Empty<string>());

        private static PropertyInfo? ClrProperty(Type type, string name) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.GetIndexParameters().Length == 0);

        private static Type? ItemType(Type type)
        {
            if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
            {
                return null;
            }

            var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0];
        }

        // AWS Tools: a parameter declared on the cmdlet itself (not the common ones), by name or alias.
        private static PropertyInfo? ParameterOf(PSCmdlet cmdlet, string name)
        {
            var declared = cmdlet.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            return declared.FirstOrDefault(p =>
                p.GetCustomAttributes<ParameterAttribute>().Any() &&
                (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) ||
                 p.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames).Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))));
        }

        private static void Refuse(PSCmdlet cmdlet, ErrorRecord error) => cmdlet.ThrowTerminatingError(error);
    }
}
