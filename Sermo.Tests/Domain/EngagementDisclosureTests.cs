using Sermo.Domain.Pages;

namespace Sermo.Tests.Domain;

public class EngagementDisclosureTests
{
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
        var cells = EngagementDisclosure.Breakdown([("primary-care", 120), ("surgery", 15), ("oncology", 4), ("cardiology", 30)]);

        Assert.Equal([("primary-care", (int?)120), ("surgery", null), ("oncology", null), ("cardiology", 30)],
            cells.Select(c => (c.Key, c.Count.Members)));
    }

    [Fact]
    public void Two_or_more_small_cells_hide_themselves_only_and_empty_cells_are_left_out()
    {
        var cells = EngagementDisclosure.Breakdown([("a", 50), ("b", 3), ("c", 7), ("d", 0), ("e", 11)]);

        Assert.Equal([("a", (int?)50), ("b", null), ("c", null), ("e", 11)], cells.Select(c => (c.Key, c.Count.Members)));
    }

    [Fact]
    public void A_breakdown_of_one_small_cell_hides_it_and_nothing_else_is_there_to_hide()
    {
        Assert.True(Assert.Single(EngagementDisclosure.Breakdown([("a", 5)])).Count.IsHidden);
    }
}
