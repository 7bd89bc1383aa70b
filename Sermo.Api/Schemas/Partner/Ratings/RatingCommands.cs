using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>Rating a drug: loads the rater, the drug and the rater's current rating of it, lets
/// <see cref="DrugRating.Submit"/> decide and saves once. Two submissions racing for the same drug and indication
/// are settled by the database (the current rating's concurrency token, the unique index on current ratings): the
/// later one is refused with <c>CONCURRENT_CHANGE</c>, and exactly one rating stays current.</summary>
public sealed class RatingCommands(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock)
{
    private static readonly InputFields RateFields = new(
        ("Efficacy", "efficacy"), ("Safety", "safety"), ("Tolerability", "tolerability"), ("Accessibility", "accessibility"),
        ("Adherence", "adherence"), ("Comment", "comment"), ("Indication", "indicationId"));

    public async Task<Payload<DrugRating>> RateAsync(RateDrugInput input, Caller caller, CancellationToken cancellationToken)
    {
        var missing = MutationConventions.NotFound("drugId", "drug");
        return await MutationConventions.RunAsync(RateFields, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rater = caller.PhysicianId is { } raterId
                ? await db.Physicians.AsNoTracking().SingleOrDefaultAsync(p => p.Id == raterId, cancellationToken)
                : null;
            // A token naming no member is refused as an unverified one: nothing is said about who exists.
            if (rater is null)
                throw new DomainRuleException(DomainErrorCodes.PhysicianNotVerified, "Only verified physicians can rate drugs.");
            // Membership first, so a member outside the community learns nothing of the ids, the drug or the scores.
            rater.EnsureVerified("rate drugs");
            if (!ids.TryDecode<Guid>(input.DrugId, "Drug", out var drugId))
                return null;
            if (!ids.TryDecode<Guid>(input.IndicationId, "Indication", out var indicationId))
            {
                missing = MutationConventions.NotFound("indicationId", "indication");
                return null;
            }
            var drug = await db.Drugs.AsNoTracking().SingleOrDefaultAsync(d => d.Id == drugId, cancellationToken);
            if (drug is null)
                return null;
            var scores = new RatingScores(input.Efficacy, input.Safety, input.Tolerability, input.Accessibility, input.Adherence);
            var current = await db.DrugRatings.SingleOrDefaultAsync(
                r => r.PhysicianId == rater.Id && r.DrugId == drug.Id && r.IndicationId == indicationId && r.IsCurrent, cancellationToken);
            var rating = DrugRating.Submit(rater, drug, indicationId, scores, input.Comment, current, clock.GetUtcNow().UtcDateTime);
            db.DrugRatings.Add(rating);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException raced) when (UniqueKeyViolation.Is(raced))
            {
                // Another submission became current (or took this version number) first: the same race the token catches.
                throw new DbUpdateConcurrencyException("Another rating of the same drug and indication was saved at the same moment.", raced);
            }
            return rating;
        }, () => missing);
    }
}
