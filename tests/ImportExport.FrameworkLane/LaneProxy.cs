using System;
using System.Globalization;

namespace ImportExport.FrameworkLane
{
    /// <summary>One FaultProxy of the services host, in front of the emulator (or alone, for the "server" scenario).</summary>
    internal sealed class LaneProxy : IDisposable
    {
        private readonly string id;

        public LaneProxy(string scenario, string? operation)
        {
            var answer = operation is null ? Lane.Services.Send("proxy", scenario) : Lane.Services.Send("proxy", scenario, operation);
            id = answer[0];
            Endpoint = new Uri(answer[1]);
        }

        public Uri Endpoint { get; }

        /// <summary>Requests that reached the proxy (each attempt of a client is one).</summary>
        public int Requests => int.Parse(Lane.Services.Send("proxy-requests", id)[0], CultureInfo.InvariantCulture);

        /// <summary>"METHOD target" of each request received, in order.</summary>
        public string[] Received
        {
            get
            {
                var answer = Lane.Services.Send("proxy-requests", id);
                return answer.Length < 2 || answer[1].Length == 0 ? new string[0] : answer[1].Split('|');
            }
        }

        public void Dispose() => Lane.Services.Send("proxy-close", id);
    }
}
