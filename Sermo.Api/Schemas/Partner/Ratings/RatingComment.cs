using System.Linq.Expressions;
using Sermo.Domain.Ratings;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>A member's comment on a drug as other members see it: the text, when, for which indication, and who (shown
/// as the <c>Physician</c> type shows them). Read by <see cref="Projection"/>, so the query selects these columns and
/// no score: one member's scores are never shown beside their name.</summary>
public sealed record RatingComment(Guid RatingId, Guid RaterId, Guid IndicationId, string Text, DateTime RatedAt)
{
    public static readonly Expression<Func<DrugRating, RatingComment>> Projection =
        r => new RatingComment(r.Id, r.PhysicianId, r.IndicationId, r.Comment!, r.RatedAt);
}
