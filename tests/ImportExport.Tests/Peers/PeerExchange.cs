using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

/// <summary>One request a peer sent: what it observed, and what the emulator logged for it.</summary>
public sealed record PeerExchange(JsonElement Observed, IReadOnlyList<ImportExport.Emulator.RecordedRequest> Logged);
