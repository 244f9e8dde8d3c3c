namespace ImportExport.Tests.Infrastructure;

/// <summary>One HTTP/1.1 message as <see cref="FaultProxy"/> read it off the wire: the bytes it forwards and what it looked at.</summary>
internal sealed record HttpMessage(string StartLine, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, byte[] Raw, bool CloseConnection);
