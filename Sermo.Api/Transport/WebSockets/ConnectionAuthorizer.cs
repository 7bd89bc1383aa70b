using System.Text.Json;
using Sermo.Api.Auth;

namespace Sermo.Api.Transport.WebSockets;

/// <summary>Decides who a socket connection acts for. Browsers cannot put headers on a WebSocket, so the
/// bearer token comes in the <c>connection_init</c> payload as <c>{ "Authorization": "Bearer &lt;token&gt;" }</c>
/// (key matched case-insensitively); without one, the caller authenticated on the upgrade request (if any)
/// is kept. The endpoint's policy (e.g. the pharma graph's) must then hold.</summary>
internal sealed class ConnectionAuthorizer(
    CallerCredentials upgradeCaller,
    JwtBearerTokenValidator tokens,
    GraphQLEndpointAuthorizer authorizer,
    GraphQLSchemaEndpoint endpoint,
    TimeProvider time)
{
    /// <summary>Whether the connection may use the endpoint, and as whom. A token that does not check out
    /// counts as no credentials (never silently anonymous), and so does an upgrade token that ran out while the
    /// client took its time to send <c>connection_init</c>.</summary>
    public async Task<(EndpointAccess Access, CallerCredentials Credentials)> AuthorizeAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var caller = upgradeCaller;
        if (FindAuthorization(payload) is { } authorization)
        {
            const string Scheme = "Bearer ";
            var valid = authorization.ValueKind == JsonValueKind.String &&
                        authorization.GetString() is { } value &&
                        value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) &&
                        value.Length > Scheme.Length
                ? await tokens.ValidateAsync(value[Scheme.Length..].Trim(), cancellationToken)
                : null;
            if (valid is null)
            {
                return (EndpointAccess.NotAuthenticated, CallerCredentials.Anonymous);
            }

            caller = valid;
        }

        if (caller.HasExpired(time.GetUtcNow()))
        {
            return (EndpointAccess.NotAuthenticated, CallerCredentials.Anonymous);
        }

        return (await authorizer.AuthorizeAsync(caller.User, endpoint), caller);
    }

    private static JsonElement? FindAuthorization(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
