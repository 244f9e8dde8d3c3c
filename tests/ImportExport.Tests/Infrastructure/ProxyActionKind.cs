using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

public enum ProxyActionKind
{
    Forward,

    /// <summary>Reset the client connection before forwarding: the service never sees the request.</summary>
    ResetBeforeForward,

    /// <summary>Forward, let the service commit, then reset the client connection: the answer is lost.</summary>
    DropResponse,

    /// <summary>Forward, then send only part of the answer and close.</summary>
    TruncateResponse,

    /// <summary>Answer with the given bytes without forwarding.</summary>
    Respond,

    /// <summary>Never answer; reset after <see cref="ProxyAction.Delay"/>.</summary>
    Hang,

    /// <summary>Wait, then forward.</summary>
    DelayThenForward,

    /// <summary>Send an answer's head and the start of its body, then nothing for <see cref="ProxyAction.Delay"/>, then reset.</summary>
    StallBody,
}
