namespace Sermo.Api.Transport;

public static class SubscriptionServiceCollectionExtensions
{
    /// <summary>The subscription transports' options (validated at start-up).</summary>
    public static IServiceCollection AddSermoSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubscriptionOptions>()
            .Bind(configuration.GetSection(SubscriptionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>Lets the GraphQL endpoints accept WebSocket upgrades. Protocol-level pings (graphql-transport-ws
    /// ping/pong, legacy ka) keep sockets alive, so the transport's own keep-alive frames are left at their default.</summary>
    public static IApplicationBuilder UseSermoSubscriptions(this IApplicationBuilder app) => app.UseWebSockets();
}
