using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Auth;

/// <summary>The <see cref="SermoPolicies.RatingAuthor"/> policy, resource-based: the resource is a drug rating, or the
/// member whose ratings a field lists, and the caller is its author.</summary>
public sealed class RatingAuthorRequirement : IAuthorizationRequirement;
