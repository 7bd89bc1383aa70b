using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.WebSockets;

/// <summary>What a socket session needs from its endpoint and the host.</summary>
internal sealed record SocketSessionContext(
    IRequestExecutor Executor,
    IServiceScopeFactory Services,
    SubscriptionOptions Options,
    ConnectionAuthorizer Authorizer,
    TimeProvider Time,
    ILogger Logger);
