using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

public class EngagementDisclosureTests
{
    private static readonly CountryRegion Europe = new("eu", "Europe");
    private static readonly CountryRegion Americas = new("na", "North America");

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
        var shown = EngagementDisclosure.Jointly(Members(("primary-care", 120), ("surgery", 15), ("oncology", 4), ("cardiology", 30)));

        Assert.Equal([("cardiology", (int?)30), ("oncology", null), ("primary-care", 120), ("surgery", null)],
            shown.BySpecialtyGroup.Select(c => (c.Group.Code, c.Count.Members)));
        Assert.Equal(169, shown.Total.Members);
    }

    [Fact]
    public void Hidden_cells_that_add_up_to_fewer_than_eleven_hide_the_next_smallest_too_and_empty_cells_are_left_out()
    {
        var shown = EngagementDisclosure.Jointly(Members(("a", 50), ("b", 3), ("c", 7), ("d", 0), ("e", 11)));

        Assert.Equal([("a", (int?)50), ("b", null), ("c", null), ("e", null)], shown.BySpecialtyGroup.Select(c => (c.Group.Code, c.Count.Members)));
    }

    [Fact]
    public void A_hidden_total_is_never_the_sum_of_a_breakdown_shown_whole()
    {
        // Both breakdowns' cells are large, but the total may not be shown (its change over time was too small).
        var members = Members(("a", 20), ("b", 30));

        var shown = EngagementDisclosure.Jointly(members, cell => cell is not null);

        Assert.True(shown.Total.IsHidden);
        Assert.Contains(shown.BySpecialtyGroup, c => c.Count.IsHidden);
        Assert.Contains(shown.ByRegion, c => c.Count.IsHidden);
    }

    [Fact]
    public void A_breakdown_of_one_small_cell_hides_it_and_the_total()
    {
        var shown = EngagementDisclosure.Jointly(Members(("a", 5)));

        Assert.True(Assert.Single(shown.BySpecialtyGroup).Count.IsHidden);
        Assert.True(shown.Total.IsHidden);
    }

    /// <summary>Members by group, every other one in Europe.</summary>
    private static List<EngagementMember> Members(params (string Group, int Count)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Range(0, g.Count).Select(i => new EngagementMember(Guid.NewGuid(), new SpecialtyGroup(g.Group, g.Group), i % 2 == 0 ? Europe : Americas)))];
}
