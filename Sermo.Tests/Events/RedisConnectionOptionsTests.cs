using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Api.Events;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Events;

/// <summary>What an operator configures for a production Redis, each against a real redis-server set up that
/// way: an ACL user with a password, TLS under a private certificate authority, and a list of endpoints of which
/// the first is down.</summary>
public sealed class RedisConnectionOptionsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public sealed record Ping(int Number);

    [Fact]
    public async Task An_acl_user_with_a_password_connects_and_a_wrong_password_does_not()
    {
        // The default user is switched off: only the named user may connect.
        await using var redis = await RedisServer.StartNewAsync((_, _) =>
            ["--user", "default", "off", "--user", "sermo-events", "on", ">events-secret", "~*", "&*", "+@all"]);

        await AssertDeliversAsync(new RedisEventBusOptions { Configuration = redis.Configuration, User = "sermo-events", Password = "events-secret" });

        await using var refused = NewBus(new RedisEventBusOptions { Configuration = redis.Configuration + ",connectTimeout=1000", User = "sermo-events", Password = "wrong" });
        await Task.Delay(1500);
        Assert.False(refused.IsConnected);
        Assert.False(refused.IsReady);
    }

    [Fact]
    public async Task Tls_under_a_private_certificate_authority_connects_when_that_authority_is_trusted()
    {
        string? caPath = null;
        await using var redis = await RedisServer.StartNewAsync((port, directory) =>
        {
            caPath = WriteCertificates(directory);
            return ["--port", "0", "--tls-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tls-cert-file", Path.Combine(directory, "server.crt"), "--tls-key-file", Path.Combine(directory, "server.key"),
                "--tls-ca-cert-file", caPath, "--tls-auth-clients", "no"];
        });

        await AssertDeliversAsync(new RedisEventBusOptions { Configuration = redis.Configuration, Ssl = true, CertificateAuthorityPath = caPath });

        // Without the authority the server's certificate is not trusted, and plain TCP gets no Redis answer.
        await using var untrusted = NewBus(new RedisEventBusOptions { Configuration = redis.Configuration + ",connectTimeout=1000", Ssl = true });
        await using var plain = NewBus(new RedisEventBusOptions { Configuration = redis.Configuration + ",connectTimeout=1000" });
        await Task.Delay(1500);
        Assert.False(untrusted.IsConnected);
        Assert.False(plain.IsConnected);
    }

    [Fact]
    public async Task Several_endpoints_are_tried_and_the_one_that_answers_carries_events()
    {
        await using var redis = await RedisServer.StartNewAsync();
        var unused = LoopbackPort.Free();
        await AssertDeliversAsync(new RedisEventBusOptions { Configuration = $"127.0.0.1:{unused},{redis.Configuration},connectTimeout=2000" });
    }

    private static RedisEventBus NewBus(RedisEventBusOptions options) =>
        new(Options.Create(new EventBusOptions()), Options.Create(options), NullLogger<RedisEventBus>.Instance);

    /// <summary>Two buses on the same options, as two server instances would be: a subscriber on one receives what
    /// the other publishes, which can only have travelled through Redis.</summary>
    private static async Task AssertDeliversAsync(RedisEventBusOptions options)
    {
        await using var receiver = NewBus(options);
        await using var publisher = NewBus(options);
        var topic = EventTopic.For("Ping", Guid.NewGuid().ToString("N"));
        await using var subscription = await receiver.SubscribeAsync<Ping>(topic);
        await BusReadiness.WaitAsync(Timeout, receiver, publisher);

        await publisher.PublishAsync(topic, new Ping(7));
        var reader = subscription.GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(7, reader.Current.Number);
    }

    /// <summary>A certificate authority and a server certificate for 127.0.0.1 signed by it, as PEM files; returns
    /// the authority's path.</summary>
    private static string WriteCertificates(string directory)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Sermo test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = serverRequest.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), RandomNumberGenerator.GetBytes(8));

        var caPath = Path.Combine(directory, "ca.crt");
        File.WriteAllText(caPath, ca.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.crt"), server.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.key"), serverKey.ExportPkcs8PrivateKeyPem());
        return caPath;
    }

}
