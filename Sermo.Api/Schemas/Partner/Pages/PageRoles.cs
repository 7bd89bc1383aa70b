using Sermo.Api.Auth;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>The roles the Pages area's types name: everyone who may see some Page, and the team side (an organisation's
/// agencies and reviewers, and staff), whose fields also ask <see cref="SermoPolicies.OrganisationTeam"/> per Page.</summary>
public static class PageRoles
{
    public static readonly string[] All = [SermoRoles.Physician, SermoRoles.Agency, SermoRoles.Reviewer, SermoRoles.Staff];

    public static readonly string[] Team = [SermoRoles.Agency, SermoRoles.Reviewer, SermoRoles.Staff];

    /// <summary>A field of the team's side: the team roles, and the policy asked of the object the field belongs to.</summary>
    public static FieldDescriptor TeamOnly(FieldDescriptor field) => field.AuthorizeRoles(Team).AuthorizePolicy(SermoPolicies.OrganisationTeam);
}
