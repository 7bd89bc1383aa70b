using Sermo.GraphQL.Validation;

namespace Sermo.Tests.Validation;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, " Did you mean \"a\"?")]
    [InlineData(new[] { "a", "b" }, " Did you mean \"a\" or \"b\"?")]
    [InlineData(new[] { "a", "b", "c" }, " Did you mean \"a\", \"b\", or \"c\"?")]
    [InlineData(new[] { "a", "b", "c", "d", "e", "f" }, " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?")]
    public void Lists_at_most_five_suggestions_in_english(string[] suggestions, string expected) =>
        Assert.Equal(expected, Suggestions.DidYouMean(suggestions));

    [Fact]
    public void Closest_names_come_first_and_far_ones_are_left_out()
    {
        Assert.Equal(["name", "nam", "names"], Suggestions.Closest("name", ["names", "nickname", "nam", "name", "barkVolume"]));
        Assert.Equal(["Name"], Suggestions.Closest("NAME", ["Name", "Other"]));
        Assert.Equal(["ab", "ba"], Suggestions.Closest("ab", ["ba", "ab", "xyz"]));
    }

    [Theory]
    [InlineData("a2", "a10", -1)]
    [InlineData("a10", "a2", 1)]
    [InlineData("a1", "a1b", -1)]
    [InlineData("abc", "abd", -1)]
    [InlineData("ab", "abc", -1)]
    public void Natural_order_compares_digit_runs_by_value(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(Suggestions.NaturalCompare(a, b)));
}
