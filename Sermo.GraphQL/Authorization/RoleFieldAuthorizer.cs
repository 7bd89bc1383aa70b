using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Authorization;

/// <summary>The authorizer used when the host provides none: roles come from the caller's
/// <see cref="System.Security.Claims.ClaimsPrincipal"/>; a policy cannot be decided without the host, so it is refused
/// (failing closed, never open).</summary>
public sealed class RoleFieldAuthorizer : IFieldAuthorizer
{
    public static RoleFieldAuthorizer Instance { get; } = new();

    public ValueTask<AuthorizationDecision> AuthorizeAsync(IResolverContext context, AuthorizeRequirement requirement)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
            return new(AuthorizationDecision.NotAuthenticated);
        if (requirement.Policy is not null)
            return new(AuthorizationDecision.NotAuthorized);
        if (requirement.Roles.Count > 0 && !requirement.Roles.Any(user.IsInRole))
            return new(AuthorizationDecision.NotAuthorized);
        return new(AuthorizationDecision.Allowed);
    }
}
