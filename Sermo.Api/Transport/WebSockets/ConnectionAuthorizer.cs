using System.Security.Claims;
using System.Text.Json;
using Sermo.Api.Auth;

namespace Sermo.Api.Transport.WebSockets;

/// <summary>Decides who a socket connection acts for. Browsers cannot put headers on a WebSocket, so the
/// bearer token comes in the <c>connection_init</c> payload as <c>{ "Authorization": "Bearer &lt;token&gt;" }</c>
/// (key matched case-insensitively); without one, the caller authenticated on the upgrade request (if any)
/// is kept. The endpoint's policy (e.g. the pharma graph's) must then hold.</summary>
internal sealed class ConnectionAuthorizer(
    ClaimsPrincipal upgradeUser,
    JwtBearerTokenValidator tokens,
    GraphQLEndpointAuthorizer authorizer,
    GraphQLSchemaEndpoint endpoint)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>Whether the connection may use the endpoint, and as whom. A token that does not check out
    /// counts as no credentials (never silently anonymous).</summary>
    public async Task<(EndpointAccess Access, ClaimsPrincipal User)> AuthorizeAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var user = upgradeUser;
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
                return (EndpointAccess.NotAuthenticated, Anonymous);
            }

            user = valid;
        }

        return (await authorizer.AuthorizeAsync(user, endpoint), user);
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
