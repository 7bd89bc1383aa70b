using Sermo.Domain.Ratings;

namespace Sermo.Seeding;

/// <summary>The summaries members see of the seeded ratings (<see cref="RatingSummaryRelease"/>): every rated drug and
/// indication has a release whose raters are recorded in the order they rated; where 11 or more members rated, its
/// figures are released once, as of <see cref="SeedPlan.AsOf"/>, from all current ratings, and no rater is pending;
/// elsewhere nothing is released and every rater is pending, so the next raters complete the first step.</summary>
public sealed partial class SeedGenerator
{
    private static List<RatingSummaryRelease> RatingReleases(List<DrugRating> ratings)
    {
        var counts = ratings.AsQueryable().ScoreCounts().ToLookup(c => (c.DrugId, c.IndicationId));
        var releases = new List<RatingSummaryRelease>();
        foreach (var pair in ratings.Where(r => r.IsCurrent).GroupBy(r => (r.DrugId, r.IndicationId)))
        {
            var release = new RatingSummaryRelease(pair.Key.DrugId, pair.Key.IndicationId);
            // Recording stops at the rater who completes the step: the release below counts every current rating anyway,
            // and a popular drug of the scale seed has tens of thousands of raters.
            var stepComplete = false;
            foreach (var rating in pair.OrderBy(r => r.RatedAt).ThenBy(r => r.Id))
            {
                stepComplete = release.Record(rating);
                if (stepComplete)
                    break;
            }
            if (stepComplete)
                release.Release(counts[pair.Key], SeedPlan.AsOf);
            releases.Add(release);
        }
        return releases;
    }
}
