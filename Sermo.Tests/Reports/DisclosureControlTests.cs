using Sermo.Domain.Reports;

namespace Sermo.Tests.Reports;

/// <summary>The disclosure rules on raw counts: primary suppression, and the attacker (differencing and exact linear
/// algebra over every relation and the previous release) recovering nothing, on designed and on random datasets;
/// and the attacker itself recovering cells once complementary suppression is off.</summary>
public sealed class DisclosureControlTests
{
    private static readonly DateTime FirstCutOff = new(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SecondCutOff = new(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc);

    private static List<ReportCell> Release(IReadOnlyList<SyntheticRating> ratings, SyntheticCatalogue catalogue, DateTime cutOffAt, bool complementary = true)
    {
        var outcome = DisclosureControl.Apply(ReferenceCells.Of(ratings, catalogue, cutOffAt), catalogue.Report, complementary);
        Assert.Equal(0, outcome.Unresolved);
        return PublishedCells.Of(Guid.NewGuid(), outcome, catalogue.Report);
    }

    [Fact]
    public void A_cell_of_fewer_than_eleven_physicians_is_suppressed_whole_and_a_bin_of_one_to_ten_is_hidden()
    {
        var catalogue = DesignedRatings.Catalogue();
        var cells = Release(DesignedRatings.Ratings(), catalogue, FirstCutOff);

        var small = cells.Where(c => c.Scope == ReportScope.Drug && c.SubjectId == catalogue.DrugIds[DesignedRatings.SmallDrug]).ToList();
        Assert.NotEmpty(small);
        Assert.All(small, c => Assert.True(c.Suppressed && c.Raters is null && c.Mean is null && c.Score1 is null && c.Score5 is null && c.RankInClass is null));
        var pathology = cells.Where(c => c.BreakdownCode == "pathology-laboratory").ToList();
        Assert.NotEmpty(pathology);
        Assert.All(pathology, c => Assert.True(c.Suppressed));
        Assert.All(cells.Where(c => !c.Suppressed), c =>
        {
            Assert.True(c.Raters >= DisclosureControl.MinimumPhysicians);
            Assert.All(new[] { c.Score1, c.Score2, c.Score3, c.Score4, c.Score5 }, bin => Assert.True(bin is null or 0 or >= DisclosureControl.MinimumPhysicians));
        });
        // The small drug's class relation takes one big drug's year with it (complementary suppression); the other shows.
        var years = new[] { DesignedRatings.BigDrug, DesignedRatings.OtherBigDrug }.Select(drug => cells.Single(c => c.PeriodKind == ReportPeriodKind.Year
            && c.Scope == ReportScope.Drug && c.Breakdown == ReportBreakdown.All && c.SubjectId == catalogue.DrugIds[drug]
            && c.Dimension == Sermo.Domain.Ratings.RatingDimension.Efficacy)).ToList();
        Assert.Single(years, y => y.Suppressed);
        var shown = Assert.Single(years, y => !y.Suppressed);
        Assert.Equal(60, shown.Raters);
        Assert.Equal(1, shown.RankInClass);
        if (shown.SubjectId == catalogue.DrugIds[DesignedRatings.BigDrug])
            Assert.Null(shown.Score1);    // the one physician who gave efficacy 1
    }

    [Fact]
    public void Every_drug_and_class_has_its_places_in_every_closed_period_and_one_nobody_rated_is_suppressed()
    {
        var catalogue = DesignedRatings.Catalogue();
        var ratings = DesignedRatings.Ratings();
        var cells = Release(ratings, catalogue, FirstCutOff);

        // Twelve months, four quarters and one year of 2025 (the first rating's), for each of four drugs and two classes.
        var places = cells.Where(c => c.Breakdown == ReportBreakdown.All).Select(c => c.Key).Distinct().ToList();
        var subjects = catalogue.DrugIds.Select(d => (ReportScope.Drug, d)).Concat(catalogue.ClassIds.Select(c => (ReportScope.DrugClass, c))).ToList();
        Assert.Equal((12 + 4 + 1) * subjects.Count, places.Count);
        Assert.All(subjects, s => Assert.Equal(17, places.Count(p => (p.Scope, p.SubjectId) == s)));
        // The small drug's raters rated in four months; the other eight have nobody, and read like those four.
        var small = catalogue.DrugIds[DesignedRatings.SmallDrug];
        var ratedMonths = ratings.Where(r => r.Drug == DesignedRatings.SmallDrug).Select(r => new DateOnly(r.RatedAt.Year, r.RatedAt.Month, 1)).ToHashSet();
        var months = cells.Where(c => c.SubjectId == small && c.PeriodKind == ReportPeriodKind.Month).ToList();
        Assert.Contains(months, c => !ratedMonths.Contains(c.PeriodStart));
        Assert.All(months, c => Assert.True(c.Suppressed && c.Raters is null && c.Mean is null && c.Score1 is null && c.RankInClass is null));
        Assert.Equal(5 * 12, months.Count);
    }

    [Fact]
    public void The_attacker_recovers_nothing_from_two_releases_of_the_designed_ratings()
    {
        var catalogue = DesignedRatings.Catalogue();
        var ratings = DesignedRatings.Ratings();
        var first = Release(ratings, catalogue, FirstCutOff);
        var second = Release(ratings, catalogue, SecondCutOff);

        ReleasesAgreeOnClosedPeriods(first, second);
        var attacker = new ReportAttacker([first, second], catalogue.Report);
        Assert.Empty(attacker.ByDifferencing());
        Assert.Empty(attacker.ByLinearAlgebra());
        Assert.Contains(first, c => c.Suppressed);
        Assert.Contains(first, c => !c.Suppressed);
    }

    [Fact]
    public void A_drug_joining_a_class_between_two_releases_changes_no_closed_period_and_the_attacker_recovers_nothing()
    {
        var catalogue = DesignedRatings.Catalogue();
        var ratings = DesignedRatings.Ratings();
        var joined = catalogue.Joining(DesignedRatings.OtherClassDrug, 0, JoinedAt);
        var first = Release(ratings, catalogue, FirstCutOff);
        var second = Release(ratings, joined, SecondCutOff);

        // Counted in the class's cells from 2027 on, the join leaves 2025 and January 2026 as they were.
        ReleasesAgreeOnClosedPeriods(first, second);
        var attacker = new ReportAttacker([first, second], joined.Report);
        Assert.Empty(attacker.ByDifferencing());
        Assert.Empty(attacker.ByLinearAlgebra());
    }

    /// <summary>When <see cref="DesignedRatings.OtherClassDrug"/> joins the designed class of three in the tests of a join.</summary>
    internal static readonly DateTime JoinedAt = new(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_shown_place_lists_every_group_and_region_so_a_row_does_not_tell_whether_its_one_member_rated()
    {
        var catalogue = DesignedRatings.Catalogue();
        var cells = Release(DesignedRatings.Ratings(), catalogue, FirstCutOff);

        var shownPlaces = cells.Where(c => c.Breakdown == ReportBreakdown.All && !c.Suppressed).Select(c => c.Key).Distinct().ToList();
        Assert.NotEmpty(shownPlaces);
        foreach (var place in shownPlaces)
        {
            var listed = cells.Where(c => c.Key with { Breakdown = ReportBreakdown.All, BreakdownCode = "" } == place && c.Breakdown != ReportBreakdown.All)
                .Select(c => (c.Breakdown, c.BreakdownCode)).Distinct().ToHashSet();
            Assert.Equal(ReportBreakdownCodes.SpecialtyGroupCodes.Select(g => (ReportBreakdown.SpecialtyGroup, g))
                .Concat(ReportBreakdownCodes.CountryRegionCodes.Select(r => (ReportBreakdown.CountryRegion, r))).ToHashSet(), listed);
        }
        // Eastern Asia (the designed region of one) rated some drug-periods and not others: its rows look alike in both.
        var easternAsia = cells.Where(c => c.BreakdownCode == "eastern-asia").ToList();
        Assert.NotEmpty(easternAsia);
        Assert.All(easternAsia, c => Assert.True(c.Suppressed && c.Raters is null));
    }

    [Fact]
    public void Without_complementary_suppression_the_attacker_recovers_suppressed_cells_exactly()
    {
        var catalogue = DesignedRatings.Catalogue();
        var ratings = DesignedRatings.Ratings();
        var raw = ReferenceCells.Of(ratings, catalogue, FirstCutOff);
        var cells = Release(ratings, catalogue, FirstCutOff, complementary: false);

        Assert.NotEmpty(new ReportAttacker([cells], catalogue.Report).ByLinearAlgebra());
        // With only the exact relations every recovered value is a true one: the pathology group of three among them.
        var attacker = new ReportAttacker([cells], catalogue.Report, includeConservative: false);
        var differenced = attacker.ByDifferencing();
        var solved = attacker.ByLinearAlgebra();
        Assert.NotEmpty(differenced);
        Assert.NotEmpty(solved);
        // Every group and region is listed (a zero among them suppressed too), so what it recovers are withheld bins.
        var truth = raw.ToDictionary(c => c.Key);
        Assert.Contains(solved, r => r.Quantity.StartsWith("bin", StringComparison.Ordinal) && r.Value > 0 && r.Value < DisclosureControl.MinimumPhysicians);
        Assert.All(solved.Concat(differenced), r => Assert.Equal(TrueValue(truth[r.Place], r.Quantity), (int)r.Value));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void On_random_small_datasets_the_attacker_recovers_nothing(int seed)
    {
        var (catalogue, ratings) = RandomRatings.Make(seed);
        var first = Release(ratings, catalogue, new DateTime(2025, 10, 20, 0, 0, 0, DateTimeKind.Utc));
        var second = Release(ratings, catalogue, new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        ReleasesAgreeOnClosedPeriods(first, second);
        var attacker = new ReportAttacker([first, second], catalogue.Report);
        Assert.Empty(attacker.ByDifferencing());
        Assert.Empty(attacker.ByLinearAlgebra());
    }

    /// <summary>The raw count behind an attacker's quantity ("raters", "score sum of dimension d", "bin s of dimension d").</summary>
    private static int TrueValue(RawReportCell cell, string quantity)
    {
        var numbers = quantity.Split(' ').Where(w => int.TryParse(w, out _)).Select(int.Parse).ToArray();
        return quantity switch
        {
            "raters" => cell.Raters,
            _ when quantity.StartsWith("score sum", StringComparison.Ordinal) => cell.ScoreSum(numbers[0] - 1),
            _ => cell.Bins[RawReportCell.BinIndex(numbers[1] - 1, numbers[0])],
        };
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 5)];

    /// <summary>Every period the earlier release publishes is published identically by the later one, and neither
    /// publishes a period that had not ended at its cut-off.</summary>
    internal static void ReleasesAgreeOnClosedPeriods(IReadOnlyList<ReportCell> earlier, IReadOnlyList<ReportCell> later)
    {
        var laterByKey = later.ToDictionary(c => (c.Key, c.Dimension));
        foreach (var cell in earlier)
        {
            Assert.True(laterByKey.TryGetValue((cell.Key, cell.Dimension), out var again), $"{cell.Key} is missing from the later release.");
            Assert.Equal((cell.Suppressed, cell.Raters, cell.Mean, cell.Score1, cell.Score2, cell.Score3, cell.Score4, cell.Score5, cell.RankInClass),
                (again.Suppressed, again.Raters, again.Mean, again.Score1, again.Score2, again.Score3, again.Score4, again.Score5, again.RankInClass));
        }
    }
}
