using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("ImportExport.FrameworkLane.LaneTestFramework", "ImportExport.FrameworkLane")]

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// xunit's own test framework, created before it discovers anything: it imports the module first (LaneModule), so
    /// that the test classes, whose members name the engine's types, are read with the loader's resolver in place. (A
    /// reference the runtime failed to resolve once is not tried again.)
    /// </summary>
    public sealed class LaneTestFramework : XunitTestFramework
    {
        public LaneTestFramework(IMessageSink messageSink)
            : base(messageSink)
        {
            LaneModule.Import();
        }
    }
}
