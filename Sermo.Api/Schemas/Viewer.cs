using System.Security.Claims;
using Sermo.Api.Auth;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas;

[GraphQLDescription("The caller of the graph, as its bearer token describes it.")]
public sealed class Viewer
{
    private Viewer(bool authenticated, string? subject, IReadOnlyList<string> roles, string schema)
    {
        Authenticated = authenticated;
        Subject = subject;
        Roles = roles;
        Schema = schema;
    }

    [GraphQLField]
    [GraphQLDescription("Whether the request carried a valid bearer token.")]
    public bool Authenticated { get; }

    [GraphQLField]
    [GraphQLDescription("The token's subject; null for anonymous callers.")]
    public string? Subject { get; }

    [GraphQLField]
    [GraphQLDescription("The roles the token grants (empty for anonymous callers).")]
    public IReadOnlyList<string> Roles { get; }

    [GraphQLField]
    [GraphQLDescription("The graph answering: \"partner\" or \"pharma\".")]
    public string Schema { get; }

    public static Viewer Of(ClaimsPrincipal? user, string schema)
    {
        if (user?.Identity?.IsAuthenticated != true)
            return new Viewer(false, null, [], schema);
        var roles = user.FindAll(SermoClaims.Role).Select(claim => claim.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new Viewer(true, user.FindFirst(SermoClaims.Subject)?.Value, roles, schema);
    }
}
