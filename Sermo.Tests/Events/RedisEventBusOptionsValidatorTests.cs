using Sermo.Api.Events;

namespace Sermo.Tests.Events;

/// <summary>Redis settings that could never work are refused at start-up with a message naming the key.</summary>
public sealed class RedisEventBusOptionsValidatorTests
{
    private static string[] Failures(RedisEventBusOptions options) =>
        [.. new RedisEventBusOptionsValidator().Validate(null, options).Failures ?? []];

    [Fact]
    public void A_working_configuration_passes()
    {
        Assert.Empty(Failures(new RedisEventBusOptions { Configuration = "redis-a:6379,redis-b:6379,ssl=true", User = "u", Password = "p" }));
    }

    [Theory]
    [InlineData("localhost:6379,notAnOption=1", "Redis:Configuration is not a valid")]
    [InlineData(",", "Redis:Configuration names no endpoint")]
    public void A_configuration_string_the_client_refuses_is_named(string configuration, string expected)
    {
        Assert.Contains(Failures(new RedisEventBusOptions { Configuration = configuration }), failure => failure.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_password_in_a_refused_configuration_is_not_repeated()
    {
        var failures = Failures(new RedisEventBusOptions { Configuration = "localhost:6379,password=hunter2-secret,notAnOption=1" });
        Assert.NotEmpty(failures);
        Assert.DoesNotContain(failures, failure => failure.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_or_unreadable_certificate_authority_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"sermo-missing-{Guid.NewGuid():N}.crt");
        Assert.Contains(Failures(new RedisEventBusOptions { Configuration = "localhost:6379", CertificateAuthorityPath = missing }),
            failure => failure.StartsWith("Redis:CertificateAuthorityPath names a file that does not exist", StringComparison.Ordinal));

        var garbage = Path.GetTempFileName();
        try
        {
            File.WriteAllText(garbage, "not a certificate");
            Assert.Contains(Failures(new RedisEventBusOptions { Configuration = "localhost:6379", CertificateAuthorityPath = garbage }),
                failure => failure.StartsWith("Redis:CertificateAuthorityPath is not a PEM or DER certificate", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(garbage);
        }
    }

    [Fact]
    public void An_empty_channel_prefix_is_refused()
    {
        Assert.Contains(Failures(new RedisEventBusOptions { Configuration = "localhost:6379", ChannelPrefix = "" }),
            failure => failure.StartsWith("Redis:ChannelPrefix must not be empty", StringComparison.Ordinal));
    }
}
