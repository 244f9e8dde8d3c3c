using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

/// <summary>How a test request is signed; the defaults produce a valid request.</summary>
internal sealed record Signing(
    string AccessKey = EmulatorFixture.AccessKey,
    string SecretKey = EmulatorFixture.SecretKey,
    string? SessionToken = null,
    string Region = "us-east-1",
    string Service = "IngestionService",
    TimeSpan ClockOffset = default,
    bool Unsigned = false);
