using System;
using System.Globalization;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Lets a TimeSpan parameter take seconds: <c>-Timeout 90</c>, <c>-Timeout 0.5</c>, <c>-Timeout '90'</c> as well as
    /// <c>-Timeout 00:05:00</c> or <c>(New-TimeSpan -Minutes 5)</c>. Without it PowerShell would read the number 90 as
    /// 90 ticks (nine microseconds), which is never what a user means.
    /// </summary>
    public sealed class TimeSpanSecondsTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case TimeSpan span:
                    return span;
                case int _:
                case long _:
                case short _:
                case byte _:
                case uint _:
                case ulong _:
                case ushort _:
                case sbyte _:
                case double _:
                case float _:
                case decimal _:
                    return FromSeconds(Convert.ToDouble(value, CultureInfo.InvariantCulture), value);
                case string text:
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                    {
                        return FromSeconds(seconds, text);
                    }

                    if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed))
                    {
                        return parsed;
                    }

                    break;
            }

            throw ErrorCatalogue.NotSecondsNorTimeSpan(value);
        }

        private static TimeSpan FromSeconds(double seconds, object original)
        {
            if (double.IsNaN(seconds) || double.IsInfinity(seconds) || Math.Abs(seconds) > TimeSpan.MaxValue.TotalSeconds)
            {
                throw ErrorCatalogue.SecondsUnusable(original);
            }

            return TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        }
    }
}
