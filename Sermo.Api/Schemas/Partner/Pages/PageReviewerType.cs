using Sermo.Api.Schemas.Partner.Drugs;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PageReviewer</c>: the identity that decided on a revision: a reviewer of the organisation.</summary>
public sealed class PageReviewerType : ObjectTypeConfiguration<ReviewerIdentity>
{
    public override void Configure(ObjectTypeDescriptor<ReviewerIdentity> type)
    {
        type.Name("PageReviewer");
        type.Description("Who decided: a medical-legal-regulatory reviewer of the organisation.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field(r => r.ReviewerId).Description("The reviewer, as their token names them (its subject).");
        type.Field("organisation").Type("Organisation!").Description("The organisation the reviewer reviews for.")
            .ResolveWith(([Parent] ReviewerIdentity r, OrganisationById organisations) => organisations.LoadAsync(r.OrganisationId));
    }
}
