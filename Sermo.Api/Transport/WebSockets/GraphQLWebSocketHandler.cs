using Microsoft.Extensions.Options;
using Sermo.Api.Auth;

namespace Sermo.Api.Transport.WebSockets;

/// <summary>Serves a GraphQL endpoint's WebSocket upgrades: graphql-transport-ws, or the legacy graphql-ws
/// protocol when that is the sub-protocol the client asks for; any other request is accepted and closed
/// with 4406, as graphql-transport-ws prescribes. Who the caller is gets settled by <c>connection_init</c>
/// (see <see cref="ConnectionAuthorizer"/>), falling back to the upgrade request's caller: browsers cannot give
/// the upgrade a header, but other clients may (one that does not check out was refused before the upgrade).</summary>
public static class GraphQLWebSocketHandler
{
    public static async Task HandleAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var protocol = requested.Contains(TransportWsSession.SubProtocol) ? TransportWsSession.SubProtocol
            : requested.Contains(LegacyWsSession.SubProtocol) ? LegacyWsSession.SubProtocol
            : null;

        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
        if (protocol is null)
        {
            await socket.CloseAsync(WebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        var services = context.RequestServices;
        var tokens = services.GetRequiredService<JwtBearerTokenValidator>();
        var time = services.GetRequiredService<TimeProvider>();
        var sessionContext = new SocketSessionContext(
            endpoint.Executor,
            services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<IOptions<SubscriptionOptions>>().Value,
            new ConnectionAuthorizer(tokens.CallerOf(context), tokens, services.GetRequiredService<GraphQLEndpointAuthorizer>(), endpoint, time),
            time,
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLWebSocketHandler)));

        GraphQLSocketSession session = protocol == TransportWsSession.SubProtocol
            ? new TransportWsSession(socket, sessionContext, context.RequestAborted)
            : new LegacyWsSession(socket, sessionContext, context.RequestAborted);
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await using (stopping.Register(() => _ = session.StopAsync()))
        {
            await session.RunAsync();
        }
    }
}
