using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner.Drugs;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary><c>DrugRating</c>: one version of a member's rating, with its scores. Its author alone reads it (the
/// <see cref="SermoPolicies.RatingAuthor"/> policy on every field, with the rating as the resource): others see
/// ratings only as summaries and comments. The rater's specialty and country copied at rating time are not fields.</summary>
public sealed class DrugRatingType : ObjectTypeConfiguration<DrugRating>
{
    public override void Configure(ObjectTypeDescriptor<DrugRating> type)
    {
        type.Description("One version of the caller's own rating of a drug for an indication. Only its author reads it.");
        type.AuthorizeRoles(SermoRoles.Physician);
        type.AuthorizePolicy(SermoPolicies.RatingAuthor);
        type.Field("drug").Type("Drug!").Description("The drug rated.")
            .ResolveWith(([Parent] DrugRating rating, DrugById drugs) => drugs.LoadAsync(rating.DrugId));
        type.Field("indication").Type("Indication!").Description("The indication it was rated for.")
            .ResolveWith(([Parent] DrugRating rating, IndicationById indications) => indications.LoadAsync(rating.IndicationId));
        type.Field(r => r.RatingVersion).Name("version").Description("1 for the first rating of this drug and indication, then 2, 3...");
        type.Field(r => r.Efficacy).Description("1 (worst) to 5 (best).");
        type.Field(r => r.Safety).Description("1 (worst) to 5 (best).");
        type.Field(r => r.Tolerability).Description("1 (worst) to 5 (best).");
        type.Field(r => r.Accessibility).Description("1 (worst) to 5 (best).");
        type.Field(r => r.Adherence).Description("1 (worst) to 5 (best).");
        type.Field(r => r.Comment).Description("The comment, if any; other members read the current version's under the author's display name.");
        type.Field(r => r.RatedAt).Description("When this version was submitted.");
        type.Field(r => r.IsCurrent).Name("current").Description("Whether this is the latest version (the one summaries count).");
        type.Field(r => r.SupersededAt).Description("When a later version replaced it; null for the current one.");
        type.Field("versions").Type("[DrugRating!]!").Description("The earlier versions of this rating, newest first.")
            .ResolveWith(async ([Parent] DrugRating rating, RatingVersionsBySeries versions) =>
                (await versions.LoadAsync(RatingSeries.Of(rating)) ?? []).Where(v => v.RatingVersion < rating.RatingVersion).ToList());
    }
}
