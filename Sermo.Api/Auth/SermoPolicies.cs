using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Auth;

/// <summary>Named authorization policies of the endpoints and fields (<c>docs/authorization.md</c>).</summary>
public static class SermoPolicies
{
    /// <summary>The pharma graph: an authenticated caller holding the pharma role.</summary>
    public const string PharmaGraph = "pharma-graph";

    /// <summary>Staff, or a verified member: the entry points to community content (cases, polls being run, ratings,
    /// profiles) require it, and node lookups of community types apply it too.</summary>
    public const string CommunityMember = "community-member";

    /// <summary>Resource-based: the member the field belongs to, or staff.</summary>
    public const string SelfOrStaff = "self-or-staff";

    /// <summary>The drug catalogue (public product information): staff, a verified member, or an agency or reviewer
    /// token. Not anonymous callers, not pharma (its own graph), not members outside the community.</summary>
    public const string DrugCatalogue = "drug-catalogue";

    /// <summary>Resource-based: the caller wrote the ratings the field belongs to (a rating, or the member whose
    /// ratings are listed). Nobody else, staff included, sees an individual rating.</summary>
    public const string RatingAuthor = "rating-author";

    /// <summary>Resource-based: the caller acts for the organisation the object belongs to (an agency under a current
    /// mandate, a reviewer of that organisation) or is staff. Every Page field and mutation beyond the live Page checks it.</summary>
    public const string OrganisationTeam = "organisation-team";

    public static void AddSermoPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(PharmaGraph, policy => policy.RequireAuthenticatedUser().RequireRole(SermoRoles.Pharma));
        options.AddPolicy(CommunityMember, policy => policy.RequireAuthenticatedUser().AddRequirements(new CommunityMemberRequirement()));
        options.AddPolicy(SelfOrStaff, policy => policy.RequireAuthenticatedUser().AddRequirements(new SelfOrStaffRequirement()));
        options.AddPolicy(DrugCatalogue, policy => policy.RequireAuthenticatedUser().AddRequirements(new DrugCatalogueRequirement()));
        options.AddPolicy(RatingAuthor, policy => policy.RequireAuthenticatedUser().AddRequirements(new RatingAuthorRequirement()));
        options.AddPolicy(OrganisationTeam, policy => policy.RequireAuthenticatedUser().AddRequirements(new OrganisationTeamRequirement()));
    }
}
