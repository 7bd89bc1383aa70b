using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>Rating a drug: loads the rater, the drug, the rater's current rating of it and the summary's release, lets
/// <see cref="DrugRating.Submit"/> and <see cref="RatingSummaryRelease.Record"/> decide, and saves in one transaction,
/// which also releases the summary's figures when this rating completes a step (<see cref="RatingSummaryRelease"/>).
/// Every rating claims the release's concurrency token, so ratings of one drug and indication are settled one after
/// another: a rating that lost only that race (another member's rating moved the release) is tried again, up to
/// <see cref="MaxAttempts"/> times. Two submissions by the same member racing for the same drug and indication are
/// settled by the database (the current rating's concurrency token, the unique index on current ratings): the later
/// one is refused with <c>CONCURRENT_CHANGE</c>, and exactly one rating stays current.</summary>
public sealed class RatingCommands(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock)
{
    /// <summary>How often a rating is tried when other members' ratings of the same drug and indication keep winning.</summary>
    public const int MaxAttempts = 16;

    private static readonly InputFields RateFields = new(
        ("Efficacy", "efficacy"), ("Safety", "safety"), ("Tolerability", "tolerability"), ("Accessibility", "accessibility"),
        ("Adherence", "adherence"), ("Comment", "comment"), ("Indication", "indicationId"));

    public async Task<Payload<DrugRating>> RateAsync(RateDrugInput input, Caller caller, CancellationToken cancellationToken)
    {
        var missing = MutationConventions.NotFound("drugId", "drug");
        return await MutationConventions.RunAsync(RateFields, async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                var (rating, lostToOthers) = await TryRateAsync(input, caller, attempt == MaxAttempts, () => missing = MutationConventions.NotFound("indicationId", "indication"), cancellationToken);
                if (!lostToOthers)
                    return rating;
                // A moment's pause, different for each, so raters that just collided do not collide again.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }, () => missing);
    }

    /// <summary>One attempt on a context of its own. <c>LostToOthers</c> when only another member's rating of the same
    /// drug and indication got in first (try again); a null rating otherwise means the drug or indication was not found
    /// (<paramref name="indicationNotFound"/> is called when it is the indication).</summary>
    private async Task<(DrugRating? Rating, bool LostToOthers)> TryRateAsync(
        RateDrugInput input, Caller caller, bool lastAttempt, Action indicationNotFound, CancellationToken cancellationToken)
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
            return (null, false);
        if (!ids.TryDecode<Guid>(input.IndicationId, "Indication", out var indicationId))
        {
            indicationNotFound();
            return (null, false);
        }
        var drug = await db.Drugs.AsNoTracking().SingleOrDefaultAsync(d => d.Id == drugId, cancellationToken);
        if (drug is null)
            return (null, false);
        var scores = new RatingScores(input.Efficacy, input.Safety, input.Tolerability, input.Accessibility, input.Adherence);
        var current = await db.DrugRatings.SingleOrDefaultAsync(
            r => r.PhysicianId == rater.Id && r.DrugId == drug.Id && r.IndicationId == indicationId && r.IsCurrent, cancellationToken);
        var release = await db.RatingSummaryReleases.SingleOrDefaultAsync(r => r.DrugId == drug.Id && r.IndicationId == indicationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var rating = DrugRating.Submit(rater, drug, indicationId, scores, input.Comment, current, now);
        db.DrugRatings.Add(rating);
        if (release is null)
            db.RatingSummaryReleases.Add(release = new RatingSummaryRelease(drug.Id, indicationId));
        else
            ConcurrencyVersion.Claim(db, release);
        var stepComplete = release.Record(rating);
        try
        {
            // Read above, written here: the transaction holds no lock while reading, so a concurrent rating's write
            // fails on the release's token (and is tried again) rather than deadlocking.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (stepComplete)
            {
                // The current ratings as this transaction sees them: every rating the release ever recorded, this one included.
                var counts = await db.DrugRatings.AsNoTracking().Where(r => r.DrugId == drug.Id && r.IndicationId == indicationId).ScoreCounts().ToListAsync(cancellationToken);
                release.Release(counts, now);
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return (rating, false);
        }
        catch (DbUpdateException raced) when (raced is DbUpdateConcurrencyException || UniqueKeyViolation.Is(raced))
        {
            // The member's own current rating changed meanwhile (a second submission of theirs won): refused, as always.
            // Otherwise another member's rating moved the release first: try again on what it left.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var currentNow = await fresh.DrugRatings.AsNoTracking()
                .Where(r => r.PhysicianId == rater.Id && r.DrugId == drug.Id && r.IndicationId == indicationId && r.IsCurrent)
                .Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
            if (lastAttempt || currentNow != current?.Id)
                throw new DbUpdateConcurrencyException("Another rating of the same drug and indication was saved at the same moment.", raced);
            return (null, true);
        }
    }
}
