using Microsoft.AspNetCore.Authorization;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Auth;

/// <summary>Decides the engine's field requirements with ASP.NET Core authorization: roles through the caller's
/// role claims, a policy through <see cref="IAuthorizationService"/> with the field's parent object as the resource,
/// so resource-based handlers ("self", "author of this case", "acting for this organisation") see what the field
/// belongs to before anything of the field is read.</summary>
public sealed class AspNetCoreFieldAuthorizer(IAuthorizationService authorization) : IFieldAuthorizer
{
    public ValueTask<AuthorizationDecision> AuthorizeAsync(IResolverContext context, AuthorizeRequirement requirement)
    {
        var decision = RoleFieldAuthorizer.DecideRoles(context.User, requirement);
        if (decision != AuthorizationDecision.Allowed || requirement.Policy is null)
            return new(decision);
        return AuthorizePolicyAsync(context.User!, context.Parent, requirement.Policy);
    }

    private async ValueTask<AuthorizationDecision> AuthorizePolicyAsync(System.Security.Claims.ClaimsPrincipal user, object? resource, string policy)
    {
        var result = await authorization.AuthorizeAsync(user, resource, policy);
        return result.Succeeded ? AuthorizationDecision.Allowed : AuthorizationDecision.NotAuthorized;
    }
}
