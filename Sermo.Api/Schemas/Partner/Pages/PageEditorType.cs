using Sermo.Domain.Pages;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PageEditor</c>: the identity that wrote a revision or post: a person of an agency acting under a mandate.</summary>
public sealed class PageEditorType : ObjectTypeConfiguration<EditorIdentity>
{
    public const string AgencyTypeName = "Agency";

    public override void Configure(ObjectTypeDescriptor<EditorIdentity> type)
    {
        type.Name("PageEditor");
        type.Description("Who wrote a revision: a person of an agency acting for the organisation under a mandate.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field(e => e.Person).Description("The person, as their token names them (its subject).");
        type.Field("agencyId").Type("ID!").Description("The agency the person acted for.")
            .ResolveWith(([Parent] EditorIdentity e, [Service] GlobalIdCodec ids) => ids.Encode(AgencyTypeName, e.AgencyId));
    }
}
