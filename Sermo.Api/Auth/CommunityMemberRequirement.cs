using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Auth;

/// <summary>The <see cref="SermoPolicies.CommunityMember"/> policy: the caller is staff, or a verified member.</summary>
public sealed class CommunityMemberRequirement : IAuthorizationRequirement;
