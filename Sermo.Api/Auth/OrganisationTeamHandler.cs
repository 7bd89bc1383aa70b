using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Schemas.Conventions;

namespace Sermo.Api.Auth;

/// <summary>Decides <see cref="OrganisationTeamRequirement"/>: staff always; an agency or reviewer when the resource's
/// organisation is one <see cref="CallerOrganisations"/> says it acts for. A resource that names no organisation is
/// refused (a policy must never pass by not understanding).</summary>
public sealed class OrganisationTeamHandler(CallerOrganisations organisations) : AuthorizationHandler<OrganisationTeamRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationTeamRequirement requirement)
    {
        var caller = new Caller(context.User);
        if (caller.IsStaff)
        {
            context.Succeed(requirement);
            return;
        }
        if (await organisations.OwnerOfAsync(context.Resource) is { } owner && (await organisations.ActingForAsync(caller)).Contains(owner))
            context.Succeed(requirement);
    }
}
