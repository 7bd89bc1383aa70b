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
        var decision = DecideRoles(context.User, requirement);
        return new(decision == AuthorizationDecision.Allowed && requirement.Policy is not null ? AuthorizationDecision.NotAuthorized : decision);
    }

    /// <summary>Everything of a requirement but its policy: an authenticated caller in one of its roles (if it names any).
    /// Hosts that decide policies themselves call this first.</summary>
    public static AuthorizationDecision DecideRoles(System.Security.Claims.ClaimsPrincipal? user, AuthorizeRequirement requirement)
    {
        if (user?.Identity?.IsAuthenticated != true)
            return AuthorizationDecision.NotAuthenticated;
        return requirement.Roles.Count > 0 && !requirement.Roles.Any(user.IsInRole) ? AuthorizationDecision.NotAuthorized : AuthorizationDecision.Allowed;
    }
}
