using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Transport;

/// <summary>Whether a caller may use a schema at all, for every transport (HTTP checks the request's user,
/// WebSockets the user of the <c>connection_init</c> token). The door's policy is decided in a scope of its own:
/// authorization handlers may be scoped (they read the request's caller), and this authorizer is shared.</summary>
public sealed class GraphQLEndpointAuthorizer(IServiceScopeFactory scopes)
{
    public async Task<EndpointAccess> AuthorizeAsync(ClaimsPrincipal user, GraphQLSchemaEndpoint endpoint)
    {
        if (endpoint.AuthorizationPolicy is null)
            return EndpointAccess.Allowed;
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, endpoint.AuthorizationPolicy);
        if (result.Succeeded)
            return EndpointAccess.Allowed;
        return user.Identity?.IsAuthenticated == true ? EndpointAccess.NotAuthorized : EndpointAccess.NotAuthenticated;
    }
}

public enum EndpointAccess
{
    Allowed,

    /// <summary>No (valid) credentials: HTTP 401, WebSocket close 4401.</summary>
    NotAuthenticated,

    /// <summary>A known caller without the right role: HTTP 403, WebSocket close 4403.</summary>
    NotAuthorized,
}
