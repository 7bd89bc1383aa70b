using Sermo.Domain;
using Sermo.Domain.Drugs;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;

namespace Sermo.Tests.Domain;

/// <summary>A summary's figures move only in steps of at least 11 distinct raters (<see cref="RatingSummaryRelease"/>), so
/// no two summaries a member reads differ by one rater's scores; the first step publishes the summary.</summary>
public class RatingSummaryReleaseTests
{
    private readonly (Drug Drug, Indication Indication) _pair = Given.DrugWithIndication();
    private readonly List<DrugRating> _ratings = [];
    private readonly RatingSummaryRelease _release;
    private DateTime _now = Given.Now;

    public RatingSummaryReleaseTests() => _release = new RatingSummaryRelease(_pair.Drug.Id, _pair.Indication.Id);

    [Fact]
    public void Nothing_is_shown_until_the_eleventh_rater_whose_rating_releases_the_exact_figures()
    {
        var raters = Raters(RatingSummaryRelease.RatersPerStep);
        for (var i = 0; i < raters.Count - 1; i++)
        {
            Assert.False(Rate(raters[i], 1 + i % 5));
            Assert.True(_release.Summary.HasTooFewRaters);
            Assert.Null(_release.Summary.Published);
        }

        Assert.True(Rate(raters[^1], 5));

        var summary = Assert.IsType<RatingSummary>(_release.Summary.Published);
        Assert.Equal(11, summary.Ratings);
        Assert.Equal(_ratings.Average(r => r.Efficacy), summary.Efficacy.Average);
        Assert.Equal((1, _now), (_release.Releases, _release.ReleasedAt));
        Assert.Empty(_release.PendingRaters);
    }

    [Fact]
    public void After_a_release_one_more_rating_or_a_change_does_not_move_the_figures_until_eleven_distinct_members_rated()
    {
        var first = Raters(RatingSummaryRelease.RatersPerStep);
        foreach (var rater in first)
            Rate(rater, 3);
        var released = Figures(_release.Summary);

        // A twelfth member, then one of the first changing their mind twice: still the figures of the first eleven.
        var newcomers = Raters(RatingSummaryRelease.RatersPerStep - 2);
        Assert.False(Rate(newcomers[0], 1));
        Assert.False(Rate(first[0], 5));
        Assert.False(Rate(first[0], 4));
        Assert.Equal(released, Figures(_release.Summary));
        Assert.Equal(2, _release.PendingRaters.Count);

        // Nine more distinct members (eleven in all since the release): the figures jump to every current rating at once.
        for (var i = 1; i < newcomers.Count; i++)
        {
            Assert.Equal(released, Figures(_release.Summary));
            Assert.False(Rate(newcomers[i], 1));
        }
        Assert.True(Rate(Raters(1)[0], 2));
        var moved = _release.Summary;
        Assert.Equal(_ratings.Count(r => r.IsCurrent), moved.Ratings);
        Assert.Equal(_ratings.Where(r => r.IsCurrent).Average(r => r.Efficacy), moved.Efficacy.Average);
        Assert.Equal(2, _release.Releases);
    }

    [Fact]
    public void One_member_rating_again_and_again_never_completes_a_step()
    {
        var rater = Raters(1)[0];
        for (var i = 0; i < 3 * RatingSummaryRelease.RatersPerStep; i++)
            Assert.False(Rate(rater, 1 + i % 5));
        Assert.Single(_release.PendingRaters);
        Assert.True(_release.Summary.HasTooFewRaters);
    }

    [Fact]
    public void Figures_cannot_be_released_before_the_step_is_complete_nor_for_a_rating_of_another_drug()
    {
        Rate(Raters(1)[0], 4);
        Assert.Throws<DomainRuleException>(() => _release.Release(_ratings.AsQueryable().ScoreCounts(), _now));
        var (otherDrug, otherIndication) = Given.DrugWithIndication();
        var elsewhere = DrugRating.Submit(Given.VerifiedPhysician(), otherDrug, otherIndication.Id, new RatingScores(1, 1, 1, 1, 1), null, null, _now);
        Assert.Throws<DomainRuleException>(() => _release.Record(elsewhere));
    }

    [Fact]
    public void Over_a_long_random_history_every_change_of_the_figures_follows_at_least_eleven_distinct_raters()
    {
        var random = new Random(11);
        var members = Raters(40);
        var sinceChange = new HashSet<Guid>();
        var shown = Figures(_release.Summary);
        var changes = 0;
        for (var i = 0; i < 600; i++)
        {
            var rater = members[(int)Math.Floor(members.Count * Math.Pow(random.NextDouble(), 2))];
            Rate(rater, random.Next(1, 6));
            sinceChange.Add(rater.Id);
            var now = Figures(_release.Summary);
            if (now == shown)
                continue;
            Assert.True(sinceChange.Count >= RatingSummaryRelease.RatersPerStep, $"The figures moved after {sinceChange.Count} raters.");
            (shown, changes) = (now, changes + 1);
            sinceChange.Clear();
        }
        Assert.True(changes >= 5, $"Only {changes} releases in 600 ratings.");
    }

    /// <summary>Submits a rating (superseding the member's current one), records it, and releases when the step is
    /// complete, as the rating command does in its transaction. Returns whether it released.</summary>
    private bool Rate(Physician rater, int score)
    {
        _now = _now.AddMinutes(1);
        var current = _ratings.SingleOrDefault(r => r.PhysicianId == rater.Id && r.IsCurrent);
        var rating = DrugRating.Submit(rater, _pair.Drug, _pair.Indication.Id, new RatingScores(score, score, score, 6 - score, 3), null, current, _now);
        _ratings.Add(rating);
        if (!_release.Record(rating))
            return false;
        _release.Release(_ratings.AsQueryable().ScoreCounts(), _now);
        return true;
    }

    private static List<Physician> Raters(int count) => [.. Enumerable.Range(0, count).Select(_ => Given.VerifiedPhysician())];

    private static string Figures(RatingSummary summary) => summary.Published is not { } shown
        ? "hidden"
        : $"{shown.Ratings}: " + string.Join(" ", new[] { shown.Efficacy, shown.Safety, shown.Tolerability, shown.Accessibility, shown.Adherence }
            .Select(d => string.Join(",", ScoreDistribution.Scores.Select(d.RatingsWith))));
}
