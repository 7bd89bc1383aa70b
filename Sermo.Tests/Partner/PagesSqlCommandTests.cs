using Sermo.Api.Auth;

namespace Sermo.Tests.Partner;

/// <summary>The Pages list costs a constant number of SQL commands whatever the page size: Pages, organisations,
/// revisions (live and staging content), posts and review decisions each come from one batched command.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PagesSqlCommandTests(PartnerGraphFixture fixture)
{
    private const string List = """
        query($first: Int!) { pages(first: $first) { nodes { slug organisation { name } live { title kind }
          posts { body } state staging { number content { title } } reviewDecisions { outcome reviewer { reviewerId } } } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Fifteen_pages_with_their_content_posts_and_decisions_cost_the_same_few_commands_as_five(string provider)
    {
        var token = fixture.Server(provider).IssueToken("staff@tests", SermoRoles.Staff);

        var (fifteen, fifteenCommands) = await ListAsync(provider, token, 15);
        var (five, fiveCommands) = await ListAsync(provider, token, 5);

        Assert.Equal((15, 5), (fifteen, five));
        Assert.InRange(fifteenCommands, 5, 6);
        Assert.Equal(fifteenCommands, fiveCommands);
    }

    private async Task<(int Pages, int Commands)> ListAsync(string provider, string token, int first)
    {
        var (data, commands) = await LoggedRequest.PostAsync(fixture, provider, token, List, new { first });
        return (data.GetProperty("pages").GetProperty("nodes").GetArrayLength(), commands.Count);
    }
}
