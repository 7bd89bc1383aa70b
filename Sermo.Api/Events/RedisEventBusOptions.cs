using StackExchange.Redis;

namespace Sermo.Api.Events;

/// <summary>Where and how the Redis event bus connects: the <c>Redis</c> configuration section. Everything an
/// operator sets beside the connection string (credentials, TLS, prefix) has its own key, so a secret store can
/// supply the password without rewriting the string.</summary>
public sealed class RedisEventBusOptions
{
    public const string SectionName = "Redis";

    /// <summary>The prefix used when <see cref="ChannelPrefix"/> is not configured.</summary>
    public const string DefaultChannelPrefix = "sermo:events:";

    /// <summary>A StackExchange.Redis configuration string: one endpoint or several (<c>redis-a:6379,redis-b:6379</c>)
    /// and any of its options (<c>ssl=true</c>, <c>connectTimeout=2000</c>...). Empty selects the in-process event bus.</summary>
    public string Configuration { get; set; } = string.Empty;

    /// <summary>The Redis 6+ ACL user; when set, replaces a <c>user=</c> in <see cref="Configuration"/>.</summary>
    public string? User { get; set; }

    /// <summary>The password (of <see cref="User"/>, or Redis's <c>requirepass</c>); when set, replaces a
    /// <c>password=</c> in <see cref="Configuration"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Connect over TLS; when set, replaces an <c>ssl=</c> in <see cref="Configuration"/>.</summary>
    public bool? Ssl { get; set; }

    /// <summary>The host name the server's certificate must carry, when it is not the endpoint's host name.</summary>
    public string? SslHost { get; set; }

    /// <summary>A PEM or DER file holding the certificate authority that signed the server's certificate, for a
    /// Redis behind a private CA; the system's trust store is used when empty.</summary>
    public string? CertificateAuthorityPath { get; set; }

    /// <summary>Put before every channel name, so deployments sharing one Redis (staging beside production) never
    /// see each other's events.</summary>
    public string ChannelPrefix { get; set; } = DefaultChannelPrefix;

    /// <summary>The client configuration these options describe. Throws <see cref="ArgumentException"/> for a
    /// configuration string StackExchange.Redis does not accept.</summary>
    public ConfigurationOptions ToConfigurationOptions()
    {
        var options = ConfigurationOptions.Parse(Configuration);
        if (!string.IsNullOrEmpty(User))
            options.User = User;
        if (!string.IsNullOrEmpty(Password))
            options.Password = Password;
        if (Ssl is { } ssl)
            options.Ssl = ssl;
        if (!string.IsNullOrEmpty(SslHost))
            options.SslHost = SslHost;
        if (!string.IsNullOrEmpty(CertificateAuthorityPath))
            options.TrustIssuer(CertificateAuthorityPath);

        // Start (and keep retrying) even while Redis is down: events are an enhancement, not a dependency that
        // may stop the API from serving queries and mutations.
        options.AbortOnConnectFail = false;
        return options;
    }
}
