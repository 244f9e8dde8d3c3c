using Amazon.Runtime;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Clients;

/// <summary>Our clients pointed at the emulator, the way a user's -EndpointUrl does it.</summary>
internal static class ClientFactory
{
    public static ImportExportClient ImportExport(EmulatorFixture emulator, string? secretKey = null, string? accessKey = null) =>
        new(new BasicAWSCredentials(accessKey ?? EmulatorFixture.AccessKey, secretKey ?? EmulatorFixture.SecretKey),
            new ImportExportClientConfig { ServiceURL = emulator.Endpoint.ToString(), MaxErrorRetry = 0 });

    public static MgnClient Mgn(IEmulatorEndpoint emulator, string region = "eu-west-1", string? secretKey = null, string? accessKey = null, int maxErrorRetry = 0)
    {
        var config = new MgnClientConfig { ServiceURL = emulator.Endpoint.ToString(), MaxErrorRetry = maxErrorRetry };
        config.AuthenticationRegion = region;
        return new MgnClient(new BasicAWSCredentials(accessKey ?? EmulatorFixture.AccessKey, secretKey ?? EmulatorFixture.SecretKey), config);
    }

    public static ImportExport.S3.S3Client S3(IEmulatorEndpoint emulator, string region = "eu-west-1")
    {
        var config = new ImportExport.S3.S3ClientConfig { ServiceURL = emulator.Endpoint.ToString(), MaxErrorRetry = 0 };
        config.AuthenticationRegion = region;
        return new ImportExport.S3.S3Client(new BasicAWSCredentials(EmulatorFixture.AccessKey, EmulatorFixture.SecretKey), config);
    }
}
