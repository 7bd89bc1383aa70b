using Sermo.Domain.Ratings;

namespace Sermo.Tests.Domain;

public class RatingSummaryTests
{
    private static readonly Guid Drug = Guid.NewGuid();
    private static readonly Guid Indication = Guid.NewGuid();

    private static ScoreCount Count(RatingDimension dimension, int score, int ratings, Guid? indication = null) =>
        new() { DrugId = Drug, IndicationId = indication ?? Indication, Dimension = dimension, Score = score, Ratings = ratings };

    [Fact]
    public void A_summary_spreads_each_dimensions_counts_over_the_five_scores_and_derives_the_mean_from_them()
    {
        var summary = RatingSummary.Of(Drug, Indication, [
            .. Enum.GetValues<RatingDimension>().Select(d => Count(d, 3, 2)),
            Count(RatingDimension.Efficacy, 5, 1),
            Count(RatingDimension.Safety, 1, 1),
            .. Enum.GetValues<RatingDimension>().Where(d => d is not RatingDimension.Efficacy and not RatingDimension.Safety).Select(d => Count(d, 4, 1)),
            Count(RatingDimension.Efficacy, 1, 7, indication: Guid.NewGuid()),
        ]);

        Assert.Equal(3, summary.Ratings);
        Assert.Equal([0, 0, 2, 0, 1], ScoreDistribution.Scores.Select(summary.Efficacy.RatingsWith));
        Assert.Equal((3 + 3 + 5) / 3.0, summary.Efficacy.Average);
        Assert.Equal((1 + 3 + 3) / 3.0, summary.Safety.Average);
        Assert.Equal(0, summary.Adherence.RatingsWith(6));
    }

    [Fact]
    public void Nobody_rating_is_a_summary_of_zero_with_no_means()
    {
        var summary = RatingSummary.Of(Drug, Indication, []);

        Assert.Equal(0, summary.Ratings);
        Assert.All(new[] { summary.Efficacy, summary.Safety, summary.Tolerability, summary.Accessibility, summary.Adherence }, d =>
        {
            Assert.Null(d.Average);
            Assert.All(ScoreDistribution.Scores, s => Assert.Equal(0, d.RatingsWith(s)));
        });
    }

    [Fact]
    public void A_score_outside_one_to_five_is_not_a_count_the_summary_accepts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreDistribution(RatingDimension.Safety, [(6, 1)]));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    [InlineData(40, false)]
    public void A_summary_is_published_only_once_eleven_members_rated(int raters, bool tooFew)
    {
        var summary = RatingSummary.Of(Drug, Indication, raters == 0 ? [] : [.. Enum.GetValues<RatingDimension>().Select(d => Count(d, 4, raters))]);

        Assert.Equal(tooFew, summary.HasTooFewRaters);
        Assert.Equal(tooFew ? null : summary, summary.Published);
        Assert.Equal(11, RatingSummary.MinimumRaters);
    }

    [Theory]
    [InlineData(new[] { 0, 11, 0, 0, 0 }, true)] // everyone gave 2: a mean of exactly 2 would say so
    [InlineData(new[] { 40, 0, 0, 0, 0 }, true)] // a mean of exactly 1
    [InlineData(new[] { 0, 0, 0, 30, 10 }, true)] // ten outside the most common score
    [InlineData(new[] { 0, 0, 0, 30, 11 }, false)] // eleven outside it
    [InlineData(new[] { 1, 2, 3, 2, 3 }, true)] // eleven raters: at least three share a score, so at most eight are outside it
    [InlineData(new[] { 3, 3, 3, 3, 2 }, false)] // fourteen spread out: eleven outside the (first) most common score
    [InlineData(new[] { 0, 11, 11, 0, 0 }, false)] // two scores as common as each other: eleven outside either
    [InlineData(new[] { 2, 30, 6, 2, 0 }, true)] // bins of 1 to 10 do not count as spread on their own
    public void A_dimension_is_shown_only_where_eleven_raters_gave_a_score_other_than_the_most_common_one(int[] bins, bool tooConcentrated)
    {
        var summary = RatingSummary.Of(Drug, Indication, [.. Enum.GetValues<RatingDimension>().SelectMany(d => bins.Select((ratings, i) => Count(d, i + 1, ratings)))]);

        Assert.NotNull(summary.Published);
        Assert.Equal(tooConcentrated, summary.Efficacy.IsTooConcentrated);
        Assert.Equal(tooConcentrated ? null : summary.Efficacy, summary.Efficacy.Published);
        Assert.Equal(bins.Sum() - bins.Max(), summary.Efficacy.RatingsOutsideMostCommon);
        Assert.Equal(11, RatingSummary.MinimumRatersOutsideMostCommon);
    }
}
