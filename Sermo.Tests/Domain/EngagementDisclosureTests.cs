using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

public class EngagementDisclosureTests
{
    private static readonly CountryRegion First = CountryRegions.All[0];
    private static readonly CountryRegion Second = CountryRegions.All[1];

    [Theory]
    [InlineData(0, null)]
    [InlineData(10, null)]
    [InlineData(11, 11)]
    [InlineData(250, 250)]
    public void A_count_is_shown_from_eleven_members(int members, int? shown)
    {
        Assert.Equal(shown, EngagementDisclosure.Count(members).Members);
    }

    [Fact]
    public void A_breakdown_with_one_small_cell_also_hides_the_next_smallest_so_the_total_gives_nothing_away()
    {
        var shown = EngagementDisclosure.Jointly(Members((SpecialtyGroups.PrimaryCare, 120), (SpecialtyGroups.Surgery, 15),
            (SpecialtyGroups.OncologyHematology, 4), (SpecialtyGroups.Cardiovascular, 30)));

        Assert.Equal([(SpecialtyGroups.Cardiovascular, 30), (SpecialtyGroups.PrimaryCare, 120)], Shown(shown.BySpecialtyGroup));
        Assert.Equal(169, shown.Total.Members);
        // 85 and 84 members in two regions, none in the eighteen others: the smaller goes too, so the hidden ones count 84.
        Assert.Equal([(First, 85)], Shown(shown.ByRegion));
    }

    [Fact]
    public void Every_group_is_listed_and_hidden_cells_with_the_empty_ones_count_at_least_eleven()
    {
        var shown = EngagementDisclosure.Jointly(Members((SpecialtyGroups.Radiology, 50), (SpecialtyGroups.Pathology, 3),
            (SpecialtyGroups.Pediatrics, 7), (SpecialtyGroups.Surgery, 11)));

        Assert.Equal(SpecialtyGroups.All, shown.BySpecialtyGroup.Select(c => c.Group));
        Assert.Equal(CountryRegions.All, shown.ByRegion.Select(c => c.Region));
        // 3 + 7 + the empty groups' zeros is 10: the 11 surgeons are hidden too.
        Assert.Equal([(SpecialtyGroups.Radiology, 50)], Shown(shown.BySpecialtyGroup));
    }

    [Fact]
    public void A_total_equal_to_its_one_shown_cell_is_not_published_beside_empty_cells()
    {
        var shown = EngagementDisclosure.Jointly(Members((SpecialtyGroups.Radiology, 40)));

        Assert.Equal(40, shown.Total.Members);
        Assert.Empty(Shown(shown.BySpecialtyGroup));
        // Two regions of 20: the first (the smaller, by ties in list order) is hidden with the empty ones, counting 20 together.
        Assert.Equal([(Second, 20)], Shown(shown.ByRegion));
    }

    [Fact]
    public void A_hidden_total_is_never_the_sum_of_a_breakdown_shown_whole()
    {
        // Both breakdowns' cells are large, but the total may not be shown (its change over time was too small).
        var shown = EngagementDisclosure.Jointly(Members((SpecialtyGroups.Radiology, 20), (SpecialtyGroups.Surgery, 30)), cell => cell is not null);

        Assert.True(shown.Total.IsHidden);
        Assert.True(Shown(shown.BySpecialtyGroup).Count < 2);
        Assert.True(Shown(shown.ByRegion).Count < 2);
    }

    [Fact]
    public void A_breakdown_of_one_small_cell_hides_it_and_the_total()
    {
        var shown = EngagementDisclosure.Jointly(Members((SpecialtyGroups.Radiology, 5)));

        Assert.True(shown.Total.IsHidden);
        Assert.Empty(Shown(shown.BySpecialtyGroup));
        Assert.Empty(Shown(shown.ByRegion));
    }

    private static List<(T Key, int Members)> Shown<T>(IEnumerable<(T Key, EngagementCount Count)> cells) =>
        [.. cells.Where(c => !c.Count.IsHidden).Select(c => (c.Key, c.Count.Members!.Value))];

    /// <summary>Members by group, every other one in the first region, the rest in the second.</summary>
    private static List<EngagementMember> Members(params (SpecialtyGroup Group, int Count)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Range(0, g.Count).Select(i => new EngagementMember(Guid.NewGuid(), g.Group, i % 2 == 0 ? First : Second)))];
}
