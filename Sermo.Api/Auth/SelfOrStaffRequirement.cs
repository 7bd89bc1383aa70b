using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Auth;

/// <summary>The <see cref="SermoPolicies.SelfOrStaff"/> policy, resource-based: the resource is a member's profile
/// (or anything naming a member), and the caller is that member or staff.</summary>
public sealed class SelfOrStaffRequirement : IAuthorizationRequirement;
