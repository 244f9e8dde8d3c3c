using ImportExport.Runtime;

namespace ImportExport.Tests.Credentials;

/// <summary>The one list of variables: what a resolver may read is what the client cache keys on.</summary>
public sealed class AwsEnvironmentTests
{
    [Fact]
    public void Every_variable_of_the_snapshot_changes_the_client_cache_key()
    {
        var unset = AwsEnvironment.From([]).CacheKey();

        foreach (var name in AwsEnvironment.Variables)
        {
            Assert.NotEqual(unset, AwsEnvironment.From([new(name, "set")]).CacheKey());
        }
    }

    [Fact]
    public void A_variable_outside_the_list_cannot_be_read()
    {
        var error = Assert.Throws<ArgumentException>(() => AwsEnvironment.From([])["AWS_NOT_A_LISTED_VARIABLE"]);

        Assert.Contains("so the client cache keys on it too", error.Message);
    }

    [Fact]
    public void The_snapshot_keeps_the_values_it_was_taken_with()
    {
        var settings = new AwsConnectionSettings { Environment = AwsEnvironment.From([new(AwsEnvironment.Profile, "dev")]) };

        Assert.Equal("dev", settings.EffectiveProfileName);
        Assert.Same(settings.Environment, settings.Clone().Environment);
    }
}
