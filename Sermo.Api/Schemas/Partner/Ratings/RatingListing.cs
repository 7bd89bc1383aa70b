using Sermo.Domain.Ratings;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>How a member's own ratings may be filtered (by drug and indication) and sorted (by when they were given),
/// and the fixed order of comments (newest first).</summary>
public sealed class RatingListing
{
    public RatingListing(GlobalIdCodec ids)
    {
        Filter = new FilterDefinition<DrugRating>("DrugRatingFilter")
            .Field("drug", r => r.DrugId, FilterOperators.Eq | FilterOperators.In, "ID", value => ids.Decode<Guid>(value as string, "Drug"))
            .Field("indication", r => r.IndicationId, FilterOperators.Eq | FilterOperators.In, "ID", value => ids.Decode<Guid>(value as string, "Indication"));
    }

    public FilterDefinition<DrugRating> Filter { get; }

    public static SortDefinition<DrugRating> Sort { get; } = SortDefinition<DrugRating>.WithKey("DrugRating", r => r.Id)
        .Field("ratedAt", r => r.RatedAt)
        .DefaultOrder(new SortField("ratedAt", SortDirection.Descending));

    public static SortDefinition<DrugRating> CommentOrder { get; } = SortDefinition<DrugRating>.WithKey("RatingComment", r => r.Id)
        .Field("ratedAt", r => r.RatedAt)
        .DefaultOrder(new SortField("ratedAt", SortDirection.Descending));
}
