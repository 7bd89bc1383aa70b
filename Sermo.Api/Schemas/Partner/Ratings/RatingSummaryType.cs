using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner.Drugs;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

public sealed class RatingSummaryType : ObjectTypeConfiguration<RatingSummary>
{
    public override void Configure(ObjectTypeDescriptor<RatingSummary> type)
    {
        type.Description("What members' ratings of a drug for one indication add up to: each member's current version counts once.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field("indication").Type("Indication!").Description("The indication rated for.")
            .ResolveWith(([Parent] RatingSummary summary, IndicationById indications) => indications.LoadAsync(summary.IndicationId));
        type.Field(s => s.Ratings).Description("How many members rated the drug for this indication.");
        type.Field(s => s.Efficacy).Description("Efficacy scores.");
        type.Field(s => s.Safety).Description("Safety scores.");
        type.Field(s => s.Tolerability).Description("Tolerability scores.");
        type.Field(s => s.Accessibility).Description("Accessibility scores.");
        type.Field(s => s.Adherence).Description("Adherence scores.");
    }
}
