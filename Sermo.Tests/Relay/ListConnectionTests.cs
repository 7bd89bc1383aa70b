using Sermo.GraphQL.Relay;

namespace Sermo.Tests.Relay;

/// <summary>Paging a list in memory walks it forward and backward with opaque cursors.</summary>
public class ListConnectionTests
{
    private static readonly CursorCodec Cursors = new(GlobalIdCodecTests.Secret);
    private static readonly string[] Letters = [.. "abcdefg".Select(c => c.ToString())];

    private static Connection<string> Page(int? first = null, string? after = null, int? last = null, string? before = null) =>
        ListConnection.Create(Letters, new PagingArguments(first, after, last, before).Validate(), Cursors);

    [Fact]
    public void Forward_pages_cover_the_list_once_in_order()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = Page(first: 3, after: after);
            seen.AddRange(page.Nodes);
            pages++;
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            if (!page.PageInfo.HasNextPage)
                break;
            after = page.PageInfo.EndCursor;
        }
        Assert.Equal(Letters, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public void Last_takes_the_end_of_the_window_before_the_cursor()
    {
        var tail = Page(last: 2);
        Assert.Equal(["f", "g"], tail.Nodes);
        Assert.True(tail.PageInfo.HasPreviousPage);
        Assert.False(tail.PageInfo.HasNextPage);
        var before = Page(last: 2, before: tail.PageInfo.StartCursor);
        Assert.Equal(["d", "e"], before.Nodes);
        Assert.True(before.PageInfo.HasNextPage);
        Assert.Equal(before.Edges[0].Cursor, before.PageInfo.StartCursor);
    }

    [Fact]
    public async Task A_count_is_offered_and_an_empty_page_has_no_cursors()
    {
        var empty = Page(first: 0);
        Assert.Empty(empty.Edges);
        Assert.Null(empty.PageInfo.StartCursor);
        Assert.Equal(7, await empty.CountAsync(default));
    }
}
