using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Relay;
using Sermo.Tests.Relay;

namespace Sermo.Tests.Data;

/// <summary>Paging many parents' lists in one command (<see cref="KeysetGroupPaging"/>) gives each parent exactly the
/// connection that paging it alone gives: the same items, cursors, page info and count, in every ordering and
/// direction, with and without cursors. Run on SQLite and on PostgreSQL.</summary>
public abstract class KeysetGroupPagingTests : IAsyncLifetime
{
    private static readonly CursorCodec Cursors = new(GlobalIdCodecTests.Secret);

    private static readonly SortDefinition<Book> Sort = SortDefinition<Book>.WithKey("Book", book => book.Id)
        .Field("rating", book => book.Rating)
        .Field("title", book => book.Title)
        .Field("published", book => book.Published)
        .Field("genre", book => book.Genre)
        .DefaultOrder(new SortField("rating", SortDirection.Descending));

    /// <summary>The three authors of the seed and one without books.</summary>
    private static readonly int[] Authors = [1, 2, 3, 4];

    protected abstract LibraryDatabase Database { get; }

    public Task InitializeAsync() => Database.InitializeAsync();

    public Task DisposeAsync() => Database.DisposeAsync();

    public static TheoryData<string?, SortDirection> Orders() => new()
    {
        { null, SortDirection.Ascending },
        { "title", SortDirection.Ascending },
        { "published", SortDirection.Descending },
        { "genre", SortDirection.Ascending },
        { "rating", SortDirection.Ascending },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Each_parents_batched_page_is_its_single_page_item_for_item_and_cursor_for_cursor(string? field, SortDirection direction)
    {
        IReadOnlyList<SortField>? order = field is null ? null : [new SortField(field, direction)];
        // Cursors from the middle of one author's list: a cursor is a position in the ordering, valid for every parent.
        var firstPage = await SingleAsync(1, order, new PagingArguments(4));
        var secondPage = await SingleAsync(1, order, new PagingArguments(4, firstPage.PageInfo.EndCursor));
        var pages = new[]
        {
            new PagingArguments(),
            new PagingArguments(5),
            new PagingArguments(1),
            new PagingArguments(100),
            new PagingArguments(5, firstPage.PageInfo.EndCursor),
            new PagingArguments(Last: 4),
            new PagingArguments(Last: 3, Before: secondPage.PageInfo.EndCursor),
            new PagingArguments(First: 3, After: firstPage.PageInfo.StartCursor, Before: secondPage.PageInfo.EndCursor),
            new PagingArguments(Last: 2, After: firstPage.PageInfo.StartCursor, Before: secondPage.PageInfo.EndCursor),
        };
        foreach (var arguments in pages)
        {
            foreach (var count in new[] { false, true })
            {
                Database.Log.Clear();
                var batched = await BatchedAsync(order, arguments, count);
                // One command for every parent's rows, one more for all their counts.
                Assert.Equal(count ? 2 : 1, Database.Log.Commands.Count);
                Assert.Equal(Authors, batched.Keys.Order());
                foreach (var author in Authors)
                {
                    var single = await SingleAsync(author, order, arguments, count);
                    var what = $"author {author}, {field} {direction}, {arguments}, count {count}";
                    Assert.True(author == 4 || single.Edges.Count > 0 || arguments.After is not null, $"Nothing to compare: {what}");
                    AssertSame(single, batched[author], what);
                }
            }
        }
    }

    [Fact]
    public async Task A_forged_cursor_is_refused_before_any_command()
    {
        Database.Log.Clear();
        var error = await Assert.ThrowsAsync<InvalidIdException>(() => BatchedAsync(null, new PagingArguments(5, "AAAA"), includeTotalCount: false));
        Assert.Equal(RelayErrorCodes.InvalidCursor, error.Error.Code);
        Assert.Empty(Database.Log.Commands);
    }

    [Fact]
    public async Task The_page_is_cut_per_parent_in_sql_by_a_window_function()
    {
        Database.Log.Clear();
        await BatchedAsync(null, new PagingArguments(2), includeTotalCount: false);
        var sql = Assert.Single(Database.Log.Commands);
        Assert.Contains("ROW_NUMBER() OVER(PARTITION BY", sql.Replace("\n", " ", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertSame(Connection<Book> single, Connection<Book> batched, string what)
    {
        Assert.True(single.Nodes.Select(b => b.Id).SequenceEqual(batched.Nodes.Select(b => b.Id)),
            $"{what}: [{string.Join(",", single.Nodes.Select(b => b.Id))}] alone, [{string.Join(",", batched.Nodes.Select(b => b.Id))}] batched");
        Assert.Equal(single.Edges.Select(e => e.Cursor), batched.Edges.Select(e => e.Cursor));
        Assert.Equal(single.PageInfo.HasNextPage, batched.PageInfo.HasNextPage);
        Assert.Equal(single.PageInfo.HasPreviousPage, batched.PageInfo.HasPreviousPage);
        Assert.Equal(single.PageInfo.StartCursor, batched.PageInfo.StartCursor);
        Assert.Equal(single.PageInfo.EndCursor, batched.PageInfo.EndCursor);
        Assert.Equal(single.HasTotalCount, batched.HasTotalCount);
        Assert.Equal(single.CountAsync(default).AsTask().Result, batched.CountAsync(default).AsTask().Result);
    }

    private async Task<Connection<Book>> SingleAsync(int author, IReadOnlyList<SortField>? order, PagingArguments arguments, bool includeTotalCount = false)
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        return await db.Books.AsNoTracking().Where(b => b.AuthorId == author)
            .ToConnectionAsync(Sort, order, arguments.Validate(), Cursors, includeTotalCount);
    }

    private async Task<IReadOnlyDictionary<int, Connection<Book>>> BatchedAsync(IReadOnlyList<SortField>? order, PagingArguments arguments, bool includeTotalCount)
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        return await db.Books.AsNoTracking().Where(b => Authors.Contains(b.AuthorId))
            .ToConnectionsByAsync(b => b.AuthorId, Authors, Sort, order, arguments.Validate(), Cursors, b => b, includeTotalCount);
    }
}

public sealed class SqliteKeysetGroupPagingTests : KeysetGroupPagingTests
{
    protected override LibraryDatabase Database { get; } = new SqliteLibraryDatabase();
}

[Collection(Sermo.Tests.Infrastructure.PostgresCollection.Name)]
public sealed class PostgresKeysetGroupPagingTests(Sermo.Tests.Infrastructure.PostgresServer server) : KeysetGroupPagingTests
{
    protected override LibraryDatabase Database { get; } = new PostgresLibraryDatabase(server);
}
