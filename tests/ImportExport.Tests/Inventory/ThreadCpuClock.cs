using System.Runtime.InteropServices;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// The CPU time the calling thread has used: what a piece of work costs, apart from the time it waited for a CPU that
/// other processes held (which a stopwatch counts). clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux and macOS,
/// GetThreadTimes on Windows.
/// </summary>
internal static class ThreadCpuClock
{
    public static TimeSpan Now()
    {
        if (OperatingSystem.IsWindows())
        {
            if (!GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user))
            {
                throw new InvalidOperationException("GetThreadTimes failed.");
            }

            return TimeSpan.FromTicks(kernel + user);
        }

        var clock = OperatingSystem.IsMacOS() ? 16 : 3;
        if (clock_gettime(clock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [DllImport("kernel32.dll")]
    private static extern IntPtr GetCurrentThread();

    [DllImport("kernel32.dll")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);
}
