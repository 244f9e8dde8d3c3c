using System.Net;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.Tests.Desktop;

/// <summary>
/// What a client gets for Windows PowerShell 5.1: enough connections for -ThrottleLimit, TLS 1.2, the proxy of
/// HTTPS_PROXY/HTTP_PROXY/NO_PROXY. Each decision takes "is this .NET Framework" as an input.
/// </summary>
public sealed class DesktopClientSettingsTests
{
    private static AwsConnectionSettings Settings() => new()
    {
        EndpointUrl = $"https://limit-{Guid.NewGuid():N}.example.invalid/",
        AccessKey = "AKIAIOSFODNN7EXAMPLE",
        SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        Region = "eu-west-1",
    };

    [Fact]
    public void Both_clients_allow_as_many_connections_as_the_largest_ThrottleLimit()
    {
        var ie = ServiceClients.ImportExport(Settings()).Client.Config;
        var mgn = ServiceClients.Mgn(Settings()).Client.Config;

        // .NET Framework's HttpClientHandler would otherwise start from ServicePointManager.DefaultConnectionLimit (2).
        Assert.True(ie.MaxConnectionsPerServer >= 64, $"Import/Export: {ie.MaxConnectionsPerServer}");
        Assert.True(mgn.MaxConnectionsPerServer >= 64, $"MGN: {mgn.MaxConnectionsPerServer}");
    }

    [Fact]
    public void The_limit_is_the_ThrottleLimit_maximum_of_Get_IEJob()
    {
        var range = typeof(ImportExport.Cmdlets.GetIEJobCommand).GetProperty("ThrottleLimit")!
            .GetCustomAttributes(typeof(System.Management.Automation.ValidateRangeAttribute), false).Cast<System.Management.Automation.ValidateRangeAttribute>().Single();

        Assert.Equal(ConnectionLimit.MaxThrottleLimit, Convert.ToInt32(range.MaxRange));
    }

    [Fact]
    public void A_configuration_hook_may_choose_another_limit()
    {
        var config = new ImportExportClientConfig { MaxConnectionsPerServer = 5 };
        ConnectionLimit.Apply(config);
        Assert.Equal(5, config.MaxConnectionsPerServer);
    }

    [Fact]
    public void PowerShell_7s_runtime_is_not_Desktop_and_the_loader_agrees()
    {
        Assert.False(DesktopRuntime.Current);
        Assert.False(ImportExport.Loader.DependencyIsolation.HasSingleLoadContext(typeof(object).Assembly));
    }

    [Fact]
    public void A_core_library_without_AssemblyLoadContext_is_the_Framework_profile_for_the_engine_and_the_loader()
    {
        // mscorlib of .NET Framework and of Mono has no AssemblyLoadContext; any assembly without one stands for it here.
        var withoutLoadContext = typeof(DesktopRuntime).Assembly;

        Assert.True(DesktopRuntime.IsFrameworkProfile(withoutLoadContext));
        Assert.True(ImportExport.Loader.DependencyIsolation.HasSingleLoadContext(withoutLoadContext));
        Assert.False(DesktopRuntime.IsFrameworkProfile(typeof(object).Assembly));
    }

    [Fact]
    public void Tls_1_2_is_added_on_Desktop_to_an_explicit_list_that_lacks_it()
    {
        Assert.Equal(SecurityProtocolType.Tls | SecurityProtocolType.Tls12, TlsProtocols.Required(SecurityProtocolType.Tls, desktop: true));
#pragma warning disable CS0618, SYSLIB0014 // Ssl3: what an old script sets
        Assert.Equal(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls12, TlsProtocols.Required(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls, desktop: true));
#pragma warning restore CS0618, SYSLIB0014
    }

    [Fact]
    public void Tls_is_left_alone_with_SystemDefault_with_Tls12_already_or_off_Desktop()
    {
        Assert.Null(TlsProtocols.Required(SecurityProtocolType.SystemDefault, desktop: true));
        Assert.Null(TlsProtocols.Required(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13, desktop: true));
        Assert.Null(TlsProtocols.Required(SecurityProtocolType.Tls, desktop: false));
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void HTTPS_PROXY_is_used_for_https_endpoints_with_its_credentials()
    {
        var proxy = EnvironmentProxy.Resolve(new Uri("https://importexport.amazonaws.com/"), Env(("HTTPS_PROXY", "http://user:p%40ss@proxy.corp:3128"), ("HTTP_PROXY", "http://other:80")));

        Assert.NotNull(proxy);
        Assert.Equal(new Uri("http://proxy.corp:3128/"), proxy!.Address);
        var credential = Assert.IsType<NetworkCredential>(proxy.Credentials);
        Assert.Equal("user", credential.UserName);
        Assert.Equal("p@ss", credential.Password);
    }

    [Fact]
    public void HTTP_PROXY_is_for_http_endpoints_lower_case_and_ALL_PROXY_count_and_a_scheme_is_optional()
    {
        Assert.Equal(new Uri("http://other:80/"), EnvironmentProxy.Resolve(new Uri("http://example.com/"), Env(("HTTP_PROXY", "other:80")))!.Address);
        Assert.Equal(new Uri("http://low:8080/"), EnvironmentProxy.Resolve(new Uri("https://example.com/"), Env(("https_proxy", "http://low:8080")))!.Address);
        Assert.Equal(new Uri("http://all:1/"), EnvironmentProxy.Resolve(new Uri("https://example.com/"), Env(("ALL_PROXY", "http://all:1")))!.Address);
        Assert.Null(EnvironmentProxy.Resolve(new Uri("https://example.com/"), Env(("HTTP_PROXY", "http://other:80"))));
        Assert.Null(EnvironmentProxy.Resolve(new Uri("https://example.com/"), Env()));
    }

    [Theory]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", "amazonaws.com", true)]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", ".amazonaws.com", true)]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", "*.amazonaws.com", true)]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", "example.com, *", true)]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", "example.com,mgn.eu-west-1.amazonaws.com:443", true)]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", "mgn.eu-west-1.amazonaws.com:8443", false)]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", "zonaws.com", false)]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/", "", false)]
    [InlineData("http://127.0.0.1:5080/", "", true)]
    [InlineData("http://localhost:5080/", null, true)]
    [InlineData("http://[::1]:5080/", null, true)]
    public void NO_PROXY_and_loopback_go_direct(string endpoint, string? noProxy, bool exempt) =>
        Assert.Equal(exempt, EnvironmentProxy.IsExempt(new Uri(endpoint), noProxy));

    [Fact]
    public void On_every_runtime_the_proxy_reaches_AWSSDK_Core_configuration()
    {
        var env = Env(("HTTPS_PROXY", "http://proxy.corp:3128"));
        var endpoint = "https://importexport.amazonaws.com";

        var desktop = new ImportExportClientConfig();
        ServiceClients.ApplyTransport(desktop, endpoint, desktop: true, env);
        Assert.Equal(new Uri("http://proxy.corp:3128/"), desktop.GetWebProxy()!.GetProxy(new Uri(endpoint)));

        // PowerShell 7 too: .NET reads the variables only once per process, and never exempts loopback.
        var core = new MgnClientConfig();
        var choice = ServiceClients.ApplyTransport(core, "https://mgn.eu-west-1.amazonaws.com", desktop: false, env);
        Assert.Equal(new Uri("http://proxy.corp:3128/"), core.GetWebProxy()!.GetProxy(new Uri("https://mgn.eu-west-1.amazonaws.com")));
        Assert.Equal("proxy http://proxy.corp:3128 (HTTPS_PROXY)", choice.Description);
        Assert.Equal(ConnectionLimit.MaxThrottleLimit, core.MaxConnectionsPerServer);

        // NO_PROXY exempts the endpoint: a direct connection, not the system proxy.
        var exempt = new ImportExportClientConfig();
        ServiceClients.ApplyTransport(exempt, endpoint, desktop: true, Env(("HTTPS_PROXY", "http://proxy.corp:3128"), ("NO_PROXY", ".amazonaws.com")));
        Assert.True(exempt.GetWebProxy()!.IsBypassed(new Uri(endpoint)));
    }

    [Theory]
    [InlineData(true, false, "http://127.0.0.1:5080/", "no proxy (loopback endpoint)")]
    [InlineData(false, true, "http://localhost:5080/", "no proxy (loopback endpoint)")]
    [InlineData(false, true, "https://mgn.eu-west-1.amazonaws.com/", "no proxy (none is set)")]
    [InlineData(false, false, "https://mgn.eu-west-1.amazonaws.com/", "the system proxy, if any")]
    [InlineData(true, false, "https://mgn.eu-west-1.amazonaws.com/", "the system proxy, if any")]
    public void Loopback_is_always_direct_and_without_a_variable_the_runtime_decides(bool desktop, bool linux, string endpoint, string description)
    {
        // HTTP_PROXY is set for the loopback rows: it must not apply to them.
        var choice = EnvironmentProxy.Choose(new Uri(endpoint), desktop, linux, Env(("HTTP_PROXY", "http://proxy.corp:3128")));

        Assert.Equal(description, choice.Description);
        Assert.Equal(description.StartsWith("the system", StringComparison.Ordinal), choice.Proxy is null);
        Assert.True(choice.Proxy is null || choice.Proxy.IsBypassed(new Uri(endpoint)));
    }

    [Fact]
    public void The_description_of_a_proxy_never_carries_its_password()
    {
        var choice = EnvironmentProxy.Choose(new Uri("https://importexport.amazonaws.com/"), false, true, Env(("https_proxy", "http://user:s3cr3t%40pw@proxy.corp:3128")));

        Assert.Equal("proxy http://proxy.corp:3128 (https_proxy)", choice.Description);
    }
}
