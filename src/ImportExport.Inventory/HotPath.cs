using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The JIT option for the methods a check runs per row and per field. Test-MGNImportFile is usually called a few
    /// times in a session, and with tiered compilation those calls run the first, unoptimised code: per-row
    /// methods reach optimised code only after being called enough and a delay, and the once-a-check loops only by
    /// on-stack replacement, so the first calls of a session took several times a later one's time. Optimised at
    /// once, the first check costs what the tenth does, less the JIT time itself.
    /// </summary>
    internal static class HotPath
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0 and later), which netstandard2.0 does not
        /// name; .NET Framework, which has no tiers, ignores it.
        /// </summary>
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
