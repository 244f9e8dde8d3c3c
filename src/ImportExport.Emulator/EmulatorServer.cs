using System.Net;
using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.IE;
using ImportExport.Emulator.Mgn;
using ImportExport.Emulator.S3;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ImportExport.Emulator;

/// <summary>
/// The emulator, running: AWS Import/Export (<c>POST /</c>), MGN (<c>POST /StartImport</c>, <c>/ListImports</c>, <c>/StartExport</c>, <c>/ListExports</c>, <c>/ListExportErrors</c>,
/// <c>/ListImportErrors</c>), shipping labels (<c>GET /__labels/{token}.pdf</c>) and the admin API (<c>/__admin/...</c>)
/// on one port of 127.0.0.1. Start one per test class or per process; dispose to stop it.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmulatorServer(WebApplication app, EmulatorState state, Uri baseUri)
    {
        this.app = app;
        State = state;
        BaseUri = baseUri;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>: the endpoint URL for both services.</summary>
    public Uri BaseUri { get; }

    public EmulatorState State { get; }

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole();

        // stdout belongs to the base URL line that scripts read; every log line goes to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(options.LogLevel);

        // A failed start (port taken) reaches the caller as an exception; the host's own copy of it is noise.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Loopback only: the admin API has no authentication.
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = ServicePipeline.MaxBodyBytes;
        });

        var app = builder.Build();
        var state = new EmulatorState(options);
        MapRoutes(app, state);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            state.Dispose();
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new EmulatorServer(app, state, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM) — for the command line.</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync();
        }
        finally
        {
            State.Dispose();
            await app.DisposeAsync();
        }
    }

    private static async Task<bool> IsStsAsync(HttpContext http)
    {
        string? authorization = http.Request.Headers.Authorization;
        if (Sts.StsProtocol.Claims(authorization, http.Request.Query["Action"]))
        {
            return true;
        }

        if (authorization is not null || !(http.Request.ContentType ?? string.Empty).StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Unsigned (AssumeRoleWithWebIdentity, or Import/Export with a SigV2 form): look at the Action, then rewind.
        http.Request.EnableBuffering();
        using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8, false, 4096, leaveOpen: true);
        var buffer = new char[64 * 1024];
        var read = await reader.ReadBlockAsync(buffer, 0, buffer.Length);
        http.Request.Body.Position = 0;
        var action = Auth.AwsEncoding.ParsePairs(new string(buffer, 0, read)).FirstOrDefault(p => p.Key == "Action").Value;
        return Sts.StsProtocol.Claims(null, action);
    }

    private static void MapRoutes(WebApplication app, EmulatorState state)
    {
        var pipeline = new ServicePipeline(state, app.Services.GetRequiredService<ILogger<ServicePipeline>>());
        var importExport = new ImportExportProtocol(state);
        var mgn = new MgnProtocol(state);
        var s3 = new S3Protocol(state);

        // S3, virtual-hosted (bucket.localhost, bucket.s3.<region>.amazonaws.com): whatever the path, it is a key.
        app.Use(async (http, next) =>
        {
            if (S3Addressing.BucketOfHost(http.Request.Host.Host) is not null)
            {
                await pipeline.RunAsync(http, s3);
                return;
            }

            await next(http);
        });

        // S3, path-style: /bucket/key on the same port (the literal /__labels and /__admin routes take precedence).
        app.MapMethods("/{bucket}/{**key}", ["PUT", "GET", "HEAD"], http => pipeline.RunAsync(http, s3));

        var sts = new Sts.StsProtocol(state);
        var ssoPortal = new Sso.SsoPortalProtocol(state);

        // Query protocol: POST with a form body; GET with the parameters in the URL is accepted too, as AWS did.
        // Import/Export and STS share "/": STS requests are told apart by their signing scope or their Action.
        app.MapMethods("/", ["GET", "POST"], async http => await pipeline.RunAsync(http, await IsStsAsync(http) ? sts : importExport));
        app.MapGet(Sso.SsoPortalProtocol.Path, http => pipeline.RunAsync(http, ssoPortal));
        foreach (var operation in new[] { "StartImport", "ListImports", "ListImportErrors", "StartExport", "ListExports", "ListExportErrors" })
        {
            app.MapPost("/" + operation, http => pipeline.RunAsync(http, mgn));
        }

        app.MapGet("/__labels/{token}.pdf", (string token) =>
            state.Labels.Render(token) is { } pdf ? Results.File(pdf, "application/pdf", token + ".pdf") : Results.NotFound());

        AdminApi.Map(app, state);
    }
}
