using Sermo.Api.Auth;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

public sealed class ScoreDistributionType : ObjectTypeConfiguration<ScoreDistribution>
{
    public override void Configure(ObjectTypeDescriptor<ScoreDistribution> type)
    {
        type.Description("How the ratings spread over the scores of one dimension.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(d => d.Average).Description("The mean score, 1 to 5; null when nobody has rated.");
        type.Field("distribution").Type("[Int!]!").Description("How many ratings gave each score: five counts, for scores 1 to 5 in order.")
            .ResolveWith(([Parent] ScoreDistribution distribution) => ScoreDistribution.Scores.Select(distribution.RatingsWith).ToList());
    }
}
