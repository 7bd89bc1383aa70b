using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Physicians;

namespace Sermo.Api.Auth;

/// <summary>Decides <see cref="SelfOrStaffRequirement"/> for a <see cref="Physician"/> resource: staff, or the token's
/// member is that physician. Any other resource is refused (a policy must never pass by not understanding).</summary>
public sealed class SelfOrStaffHandler : AuthorizationHandler<SelfOrStaffRequirement, Physician>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SelfOrStaffRequirement requirement, Physician resource)
    {
        var caller = new Caller(context.User);
        if (caller.IsStaff || caller.PhysicianId == resource.Id)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
