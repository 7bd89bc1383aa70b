using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Auth;

/// <summary>The <see cref="SermoPolicies.OrganisationTeam"/> policy, resource-based: the resource belongs to an
/// organisation (a Page, its revisions, posts and review decisions, an uploaded image, or the organisation itself), and the caller acts
/// for that organisation (an agency under a current mandate, or one of its reviewers) or is staff.</summary>
public sealed class OrganisationTeamRequirement : IAuthorizationRequirement;
