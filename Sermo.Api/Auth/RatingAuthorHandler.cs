using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;

namespace Sermo.Api.Auth;

/// <summary>Decides <see cref="RatingAuthorRequirement"/>: a <see cref="DrugRating"/> to the member who wrote it, a
/// <see cref="Physician"/>'s ratings to that member. Any other resource is refused (a policy must never pass by not
/// understanding), and so is staff: individual ratings are their author's alone.</summary>
public sealed class RatingAuthorHandler : AuthorizationHandler<RatingAuthorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RatingAuthorRequirement requirement)
    {
        var author = context.Resource switch
        {
            DrugRating rating => rating.PhysicianId,
            Physician physician => physician.Id,
            _ => (Guid?)null,
        };
        if (author is not null && new Caller(context.User).PhysicianId == author)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
