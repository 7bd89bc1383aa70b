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
}
