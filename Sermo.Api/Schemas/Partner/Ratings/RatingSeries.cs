using Sermo.Domain.Ratings;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>All versions of one member's rating of one drug for one indication share these.</summary>
public readonly record struct RatingSeries(Guid PhysicianId, Guid DrugId, Guid IndicationId)
{
    public static RatingSeries Of(DrugRating rating) => new(rating.PhysicianId, rating.DrugId, rating.IndicationId);
}
