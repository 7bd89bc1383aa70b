using System.ComponentModel.DataAnnotations;

namespace Sermo.Api.Transport;

/// <summary>Limits of the subscription transports (WebSocket and SSE), bound from the <c>Subscriptions</c>
/// configuration section.</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>How long a graphql-transport-ws client may take to send <c>connection_init</c> before the
    /// socket is closed with 4408.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an idle legacy graphql-ws socket gets a <c>ka</c> message and an SSE stream a
    /// comment line, so that proxies do not close quiet connections.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest WebSocket message accepted; a larger one closes the socket with 1009.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>Operations one socket may run at once; more get an error for that operation only.</summary>
    [Range(1, 10_000)]
    public int MaxOperationsPerConnection { get; set; } = 100;
}
