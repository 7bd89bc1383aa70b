using Sermo.GraphQL;
using Sermo.GraphQL.Relay;

namespace Sermo.Tests.Relay;

/// <summary>The paging arguments follow the Relay cursor connections spec, with a default page size and a cap.</summary>
public class PagingArgumentsTests
{
    [Fact]
    public void Without_first_or_last_a_page_is_the_first_twenty()
    {
        Assert.Equal(new PageRequest(PageDirection.Forward, 20, null, null), new PagingArguments().Validate());
        Assert.Equal(new PageRequest(PageDirection.Forward, 20, "a", null), new PagingArguments(After: "a").Validate());
    }

    [Fact]
    public void First_pages_forward_and_last_backward()
    {
        Assert.Equal(new PageRequest(PageDirection.Forward, 5, "a", null), new PagingArguments(5, "a").Validate());
        Assert.Equal(new PageRequest(PageDirection.Backward, 3, null, "b"), new PagingArguments(Last: 3, Before: "b").Validate());
        Assert.Equal(new PageRequest(PageDirection.Forward, 0, null, null), new PagingArguments(0).Validate());
    }

    [Theory]
    [InlineData(101, null, "\"first\" may be at most 100; requested 101.")]
    [InlineData(null, 1000, "\"last\" may be at most 100; requested 1000.")]
    [InlineData(-1, null, "\"first\" must not be negative.")]
    [InlineData(null, -5, "\"last\" must not be negative.")]
    [InlineData(10, 10, "Pass either \"first\" or \"last\", not both.")]
    public void Misuse_is_a_bad_user_input_error_naming_the_rule(int? first, int? last, string message)
    {
        var error = Assert.Throws<GraphQLException>(() => new PagingArguments(first, null, last).Validate()).Error;
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_limits_are_configurable()
    {
        var options = new PagingOptions { DefaultPageSize = 5, MaxPageSize = 10 };
        Assert.Equal(5, new PagingArguments().Validate(options).Size);
        Assert.Equal(10, new PagingArguments(10).Validate(options).Size);
        Assert.Contains("at most 10", Assert.Throws<GraphQLException>(() => new PagingArguments(11).Validate(options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_arguments_are_read_from_a_fields_coerced_arguments()
    {
        var arguments = new Dictionary<string, object?> { ["first"] = 3, ["after"] = "c" };
        Assert.Equal(new PagingArguments(3, "c"), PagingArguments.From(arguments));
    }
}
