using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner.Ratings;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Relay;
using Xunit.Abstractions;

namespace Sermo.Tests.Partner;

/// <summary>A list of drugs with their comments costs the same few SQL commands whatever its length (each drug's page
/// comes from one batched command, <see cref="RatingCommentsByDrug"/>), and each drug's batched page is the page the
/// drug's comments give paged alone: the same comments, cursors, page info and count.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class RatingCommentsSqlCommandTests(PartnerGraphFixture fixture, ITestOutputHelper output)
{
    private const string DrugsWithComments = """
        query($first: Int!) { drugs(first: $first) { nodes { id
          comments(first: 2) { totalCount edges { cursor node { comment ratedOn } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Fifty_drugs_with_their_comments_cost_the_same_commands_as_ten_and_each_page_is_the_drugs_own(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var token = server.IssueToken(members.VerifiedNamed.Id.ToString(), SermoRoles.Physician);

        // The member counts every request shares are read once a minute: one request first, so no measure pays for them.
        await DrugsAsync(provider, token, 1);
        var (fifty, fiftyCommands) = await DrugsAsync(provider, token, 50);
        var (ten, tenCommands) = await DrugsAsync(provider, token, 10);

        output.WriteLine($"{provider}: {fiftyCommands.Count} SQL commands for 50 drugs' comments, {tenCommands.Count} for 10:\n{string.Join("\n---\n", fiftyCommands)}");
        Assert.Equal(tenCommands.Count, fiftyCommands.Count);
        // The drugs, their comments, the comments' count, and the caller's membership check.
        Assert.InRange(fiftyCommands.Count, 3, 4);
        // The page must really hold what is counted: many drugs with comments, some with more than a page of them.
        var commented = fifty.Count(d => d.GetProperty("comments").GetProperty("totalCount").GetInt32() > 0);
        var withMore = fifty.Count(d => d.GetProperty("comments").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(commented >= 10 && withMore >= 3, $"Of the first 50 drugs {commented} have comments and {withMore} more than a page of them.");

        var drugs = fifty.Select(d => d.GetProperty("id").GetString()!).ToList();
        var expected = await SinglePagesAsync(server, drugs);
        foreach (var drug in fifty.Concat(ten))
        {
            var id = drug.GetProperty("id").GetString()!;
            var comments = drug.GetProperty("comments");
            var alone = expected[id];
            Assert.Equal(alone.Edges.Select(e => (e.Cursor, e.Node.Text, DateOnly.FromDateTime(e.Node.RatedAt).ToString("yyyy-MM-dd"))),
                comments.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("cursor").GetString()!,
                    e.GetProperty("node").GetProperty("comment").GetString()!, e.GetProperty("node").GetProperty("ratedOn").GetString()!)));
            var info = comments.GetProperty("pageInfo");
            Assert.Equal((alone.PageInfo.HasNextPage, alone.PageInfo.HasPreviousPage, alone.PageInfo.StartCursor, alone.PageInfo.EndCursor),
                (info.GetProperty("hasNextPage").GetBoolean(), info.GetProperty("hasPreviousPage").GetBoolean(),
                    info.GetProperty("startCursor").GetString(), info.GetProperty("endCursor").GetString()));
            Assert.Equal(await alone.CountAsync(default), comments.GetProperty("totalCount").GetInt32());
        }
    }

    /// <summary>Each drug's first page of comments as the single-list pager makes it, with the server's cursors.</summary>
    private static async Task<Dictionary<string, Connection<RatingComment>>> SinglePagesAsync(Infrastructure.SermoServer server, IReadOnlyList<string> ids)
    {
        var cursors = server.Services.GetRequiredService<CursorCodec>();
        var codec = server.Services.GetRequiredService<GlobalIdCodec>();
        var pages = new Dictionary<string, Connection<RatingComment>>();
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        foreach (var id in ids)
        {
            var drug = codec.Decode<Guid>(id, "Drug");
            pages[id] = await db.DrugRatings.AsNoTracking().Where(r => r.DrugId == drug && r.IsCurrent && r.Comment != null)
                .ToConnectionAsync(RatingListing.CommentOrder, [], new PagingArguments(2).Validate(), cursors, RatingComment.Projection, includeTotalCount: true);
        }
        return pages;
    }

    private async Task<(IReadOnlyList<JsonElement> Drugs, IReadOnlyList<string> Commands)> DrugsAsync(string provider, string token, int first)
    {
        var (data, commands) = await LoggedRequest.PostAsync(fixture, provider, token, DrugsWithComments, new { first });
        var drugs = data.GetProperty("drugs").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(first, drugs.Count);
        return (drugs, commands);
    }
}
