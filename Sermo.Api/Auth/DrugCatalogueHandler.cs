using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Schemas.Conventions;

namespace Sermo.Api.Auth;

/// <summary>Decides <see cref="DrugCatalogueRequirement"/>: agency and reviewer tokens by their role (they build and
/// review Pages about these drugs), anyone else as the community is decided (staff, or a verified member, from the
/// request's <see cref="CallerMembership"/>).</summary>
public sealed class DrugCatalogueHandler(CallerMembership membership) : AuthorizationHandler<DrugCatalogueRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, DrugCatalogueRequirement requirement)
    {
        var caller = new Caller(context.User);
        if (caller.HasRole(SermoRoles.Agency) || caller.HasRole(SermoRoles.Reviewer) || await membership.MayReadCommunityAsync(caller))
            context.Succeed(requirement);
    }
}
