using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Schemas.Conventions;

namespace Sermo.Api.Auth;

/// <summary>Decides <see cref="CommunityMemberRequirement"/> from the request's <see cref="CallerMembership"/> (one
/// read of the caller's member record per request, however many fields ask).</summary>
public sealed class CommunityMemberHandler(CallerMembership membership) : AuthorizationHandler<CommunityMemberRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CommunityMemberRequirement requirement)
    {
        if (await membership.MayReadCommunityAsync(new Caller(context.User)))
            context.Succeed(requirement);
    }
}
