using Sermo.Api.Auth;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

public sealed class ScoreDistributionType : ObjectTypeConfiguration<ScoreDistribution>
{
    public override void Configure(ObjectTypeDescriptor<ScoreDistribution> type)
    {
        type.Description("How the ratings spread over the scores of one dimension. Shown only where at least " +
            $"{RatingSummary.MinimumRatersOutsideMostCommon} raters gave a score other than the most common one; otherwise only tooConcentrated is set.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field("tooConcentrated").Type("Boolean!")
            .Description($"True while fewer than {RatingSummary.MinimumRatersOutsideMostCommon} raters gave a score other than the most common one: " +
                "average and distribution are then null, so no unanimous or nearly unanimous score (and so no named commenter's) can be read off them (docs/privacy.md).")
            .ResolveWith(([Parent] ScoreDistribution distribution) => distribution.IsTooConcentrated);
        type.Field("average").Type("Float").Description("The mean score, 1 to 5; null while tooConcentrated.")
            .ResolveWith(([Parent] ScoreDistribution distribution) => distribution.Published?.Average);
        type.Field("distribution").Type("[Int!]").Description("How many ratings gave each score: five counts, for scores 1 to 5 in order; null while tooConcentrated.")
            .ResolveWith(([Parent] ScoreDistribution distribution) =>
                distribution.Published is { } published ? ScoreDistribution.Scores.Select(published.RatingsWith).ToList() : null);
    }
}
