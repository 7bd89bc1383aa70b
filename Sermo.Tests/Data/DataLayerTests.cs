using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;
using Sermo.Tests.Relay;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Data;

/// <summary>The EF Core data layer on a small library model: keyset paging, declared filters and sorts
/// translated to SQL, projections of requested columns, and DataLoaders with a context per batch.
/// Run on SQLite and on PostgreSQL.</summary>
public abstract class DataLayerTests : IAsyncLifetime
{
    private static readonly CursorCodec Cursors = new(GlobalIdCodecTests.Secret);

    private static readonly SortDefinition<Book> Sort = SortDefinition<Book>.WithKey("Book", book => book.Id)
        .Field("rating", book => book.Rating)
        .Field("title", book => book.Title)
        .Field("published", book => book.Published)
        .Field("genre", book => book.Genre);

    private static readonly FilterDefinition<Book> Filter = new FilterDefinition<Book>("BookFilter")
        .Field("genre", book => book.Genre, FilterOperators.Eq | FilterOperators.In, graphQLType: "Genre")
        .Field("rating", book => book.Rating, FilterOperators.Comparison)
        .Field("title", book => book.Title, FilterOperators.StartsWith)
        .Field("subtitle", book => book.Subtitle, FilterOperators.Eq);

    private static readonly ProjectionDefinition<Book, BookRow> Rows = new ProjectionDefinition<Book, BookRow>()
        .Always(book => book.Id, row => row.Id)
        .Field("title", book => book.Title, row => row.Title)
        .Field("rating", book => book.Rating, row => row.Rating);

    protected abstract LibraryDatabase Database { get; }

    public Task InitializeAsync() => Database.InitializeAsync();

    public Task DisposeAsync() => Database.DisposeAsync();

    private CommandLog Log => Database.Log;

    private static IEnumerable<Book> Ordered(IEnumerable<Book> books) => books.OrderByDescending(b => b.Rating).ThenBy(b => b.Id);

    private async Task<Connection<Book>> PageAsync(PagingArguments arguments, IReadOnlyList<SortField>? order = null, IReadOnlyDictionary<string, object?>? filter = null)
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        return await Filter.Apply(db.Books.AsNoTracking(), filter)
            .ToConnectionAsync(Sort, order ?? [new SortField("rating", SortDirection.Descending)], arguments.Validate(), Cursors);
    }

    [Fact]
    public async Task Forward_pages_visit_every_row_once_in_order_with_ties_broken_by_the_key()
    {
        var seen = new List<int>();
        string? after = null;
        while (true)
        {
            var page = await PageAsync(new PagingArguments(7, after));
            seen.AddRange(page.Nodes.Select(book => book.Id));
            if (!page.PageInfo.HasNextPage)
                break;
            after = page.PageInfo.EndCursor;
        }
        Assert.Equal(Ordered(LibraryContext.SeedBooks).Select(b => b.Id), seen);
        Assert.Equal(8, Log.Commands.Count); // One command per page: 50 rows, 7 a page.
    }

    [Fact]
    public async Task Backward_pages_visit_every_row_once_from_the_end()
    {
        var seen = new List<int>();
        string? before = null;
        while (true)
        {
            var page = await PageAsync(new PagingArguments(Last: 9, Before: before));
            seen.InsertRange(0, page.Nodes.Select(book => book.Id));
            if (!page.PageInfo.HasPreviousPage)
                break;
            Assert.Equal(before is not null, page.PageInfo.HasNextPage);
            before = page.PageInfo.StartCursor;
        }
        Assert.Equal(Ordered(LibraryContext.SeedBooks).Select(b => b.Id), seen);
    }

    [Fact]
    public async Task A_whole_list_read_at_once_comes_in_the_order_its_pages_give_in_one_sql_command()
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        Log.Clear();
        var byRating = await Sort.Apply(db.Books.AsNoTracking(), [new SortField("rating", SortDirection.Descending)]).Select(b => b.Id).ToListAsync();
        Assert.Equal(Ordered(LibraryContext.SeedBooks).Select(b => b.Id), byRating);
        Assert.Contains("ORDER BY", Assert.Single(Log.Commands), StringComparison.Ordinal);
        // No ordering given and no default declared: the key alone.
        Assert.Equal(LibraryContext.SeedBooks.Select(b => b.Id).Order(), await Sort.Apply(db.Books.AsNoTracking()).Select(b => b.Id).ToListAsync());
    }

    [Fact]
    public async Task The_page_is_cut_in_sql_by_the_keyset_condition_and_a_limit()
    {
        var first = await PageAsync(new PagingArguments(5));
        Log.Clear();
        var second = await PageAsync(new PagingArguments(5, first.PageInfo.EndCursor));
        var sql = Assert.Single(Log.Commands);
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        Assert.Equal(Ordered(LibraryContext.SeedBooks).Skip(5).Take(5).Select(b => b.Id), second.Nodes.Select(b => b.Id));
    }

    [Fact]
    public async Task Every_declared_sort_field_pages_exactly_both_ways()
    {
        foreach (var (field, key) in new (string, Func<Book, IComparable>)[] { ("title", b => b.Title), ("published", b => b.Published), ("genre", b => b.Genre) })
        {
            foreach (var direction in Enum.GetValues<SortDirection>())
            {
                var expected = (direction == SortDirection.Ascending
                    ? LibraryContext.SeedBooks.OrderBy(key).ThenBy(b => b.Id)
                    : LibraryContext.SeedBooks.OrderByDescending(key).ThenBy(b => b.Id)).Select(b => b.Id).ToList();
                var page = await PageAsync(new PagingArguments(10), [new SortField(field, direction)]);
                var next = await PageAsync(new PagingArguments(10, page.PageInfo.EndCursor), [new SortField(field, direction)]);
                var back = await PageAsync(new PagingArguments(Last: 10, Before: next.PageInfo.StartCursor), [new SortField(field, direction)]);
                Assert.Equal(expected.Take(20), page.Nodes.Concat(next.Nodes).Select(b => b.Id));
                Assert.Equal(page.Nodes.Select(b => b.Id), back.Nodes.Select(b => b.Id));
            }
        }
    }

    [Fact]
    public async Task Tampered_or_foreign_cursors_are_invalid_cursor_errors()
    {
        var page = await PageAsync(new PagingArguments(5));
        var cursor = page.PageInfo.EndCursor!;
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];
        var otherOrder = (await PageAsync(new PagingArguments(5), [new SortField("title")])).PageInfo.EndCursor;
        foreach (var bad in new[] { tampered, otherOrder!, new GlobalIdCodec(GlobalIdCodecTests.Secret).Encode("Book", 1), "AAAA" })
        {
            var error = await Assert.ThrowsAsync<InvalidIdException>(() => PageAsync(new PagingArguments(5, bad)));
            Assert.Equal(RelayErrorCodes.InvalidCursor, error.Error.Code);
        }
    }

    [Fact]
    public async Task Filters_become_sql_and_return_what_linq_to_objects_would()
    {
        var filter = new Dictionary<string, object?>
        {
            ["genre"] = new Dictionary<string, object?> { ["in"] = new List<object?> { "SCIENCE_FICTION", "HISTORY" } },
            ["or"] = new List<object?>
            {
                new Dictionary<string, object?> { ["rating"] = new Dictionary<string, object?> { ["gte"] = 3 } },
                new Dictionary<string, object?> { ["title"] = new Dictionary<string, object?> { ["startsWith"] = "Title 1" } },
            },
        };
        var page = await PageAsync(new PagingArguments(100), filter: filter);
        var expected = Ordered(LibraryContext.SeedBooks.Where(b =>
            (b.Genre is Genre.ScienceFiction or Genre.History) && (b.Rating >= 3 || b.Title.StartsWith("Title 1", StringComparison.Ordinal))));
        Assert.Equal(expected.Select(b => b.Id), page.Nodes.Select(b => b.Id));
        Assert.NotEmpty(page.Nodes);

        await using var db = await Database.Contexts.CreateDbContextAsync();
        var sql = Filter.Apply(db.Books, filter).ToQueryString();
        Assert.Contains("Genre", sql, StringComparison.Ordinal);
        Assert.Contains("Rating\" >=", sql, StringComparison.Ordinal);
        Assert.Contains("Title", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("SCIENCE", sql, StringComparison.Ordinal); // Values travel as parameters.
    }

    [Fact]
    public async Task A_collection_field_holds_when_any_value_matches_and_a_parser_turns_client_values_into_the_members()
    {
        // Clients name books by an id of their own ("book-7") and authors in any case; the parsers turn both into columns' values.
        var authors = new FilterDefinition<Author>("AuthorFilter")
            .AnyField("book", author => author.Books.Select(book => book.Id), FilterOperators.Eq | FilterOperators.In, graphQLType: "ID",
                parse: value => int.Parse(((string)value)["book-".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Field("name", author => author.Name.ToLower(), FilterOperators.StartsWith, parse: value => ((string)value).ToLowerInvariant());
        async Task<List<int>> IdsAsync(Dictionary<string, object?> filter)
        {
            await using var db = await Database.Contexts.CreateDbContextAsync();
            return await authors.Apply(db.Authors.AsNoTracking(), filter).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        }

        Assert.Equal([2, 3], await IdsAsync(new() { ["book"] = new Dictionary<string, object?> { ["in"] = new List<object?> { "book-1", "book-2", "book-4" } } }));
        Assert.Equal([1], await IdsAsync(new() { ["book"] = new Dictionary<string, object?> { ["eq"] = "book-3" } }));
        Assert.Equal([3], await IdsAsync(new()
        {
            ["name"] = new Dictionary<string, object?> { ["startsWith"] = "AUTHOR 3" },
            ["book"] = new Dictionary<string, object?> { ["in"] = new List<object?> { "book-2", "book-3" } },
        }));
        Assert.Empty(await IdsAsync(new() { ["book"] = new Dictionary<string, object?> { ["eq"] = "book-999" } }));
        Assert.All(Log.Commands, sql => Assert.Contains("EXISTS", sql, StringComparison.Ordinal));
        Assert.Equal(4, Log.Commands.Count);
    }

    [Fact]
    public async Task Null_equality_filters_nullable_fields_in_sql()
    {
        var page = await PageAsync(new PagingArguments(100), filter: new Dictionary<string, object?>
        {
            ["subtitle"] = new Dictionary<string, object?> { ["eq"] = null },
        });
        Assert.Equal(Ordered(LibraryContext.SeedBooks.Where(b => b.Subtitle is null)).Select(b => b.Id), page.Nodes.Select(b => b.Id));
        Assert.Contains("IS NULL", Assert.Single(Log.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anything_not_declared_cannot_be_filtered_or_sorted()
    {
        var undeclaredField = await Assert.ThrowsAsync<GraphQLException>(() => PageAsync(new PagingArguments(5), filter: new Dictionary<string, object?>
        {
            ["authorId"] = new Dictionary<string, object?> { ["eq"] = 1 },
        }));
        Assert.Equal(ErrorCodes.BadUserInput, undeclaredField.Error.Code);
        Assert.Contains("Cannot filter by \"authorId\"", undeclaredField.Message, StringComparison.Ordinal);

        var undeclaredOperator = await Assert.ThrowsAsync<GraphQLException>(() => PageAsync(new PagingArguments(5), filter: new Dictionary<string, object?>
        {
            ["title"] = new Dictionary<string, object?> { ["contains"] = "x" },
        }));
        Assert.Contains("has no operator \"contains\"", undeclaredOperator.Message, StringComparison.Ordinal);

        var unsortable = await Assert.ThrowsAsync<GraphQLException>(() => PageAsync(new PagingArguments(5), [new SortField("authorId")]));
        Assert.Equal(ErrorCodes.BadUserInput, unsortable.Error.Code);
        Assert.Empty(Log.Commands);
    }

    [Fact]
    public void A_nullable_member_cannot_be_a_sort_field()
    {
        Assert.Throws<ArgumentException>(() => SortDefinition<Book>.WithKey("Book", b => b.Id).Field("subtitle", b => b.Subtitle));
        Assert.Throws<ArgumentException>(() => SortDefinition<Book>.WithKey("Book", b => b.Id).Field("maybe", b => (int?)b.Rating));
    }

    [Fact]
    public async Task A_projection_selects_only_the_requested_columns()
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        var sql = db.Books.Select(Rows.Build(["title", "id", "author"])).ToQueryString();
        Assert.Contains("Title", sql, StringComparison.Ordinal);
        Assert.Contains("\"Id\"", sql, StringComparison.Ordinal);
        foreach (var column in new[] { "Rating", "Genre", "Published", "Subtitle", "AuthorId" })
            Assert.DoesNotContain(column, sql, StringComparison.Ordinal);

        var page = await Filter.Apply(db.Books.AsNoTracking(), null)
            .ToConnectionAsync(Sort, [new SortField("rating", SortDirection.Descending)], new PageRequest(PageDirection.Forward, 3, null, null), Cursors, Rows.Build(["title"]));
        Assert.Equal(Ordered(LibraryContext.SeedBooks).Take(3).Select(b => (b.Id, b.Title)), page.Nodes.Select(r => (r.Id, r.Title!)));
        Assert.All(page.Nodes, row => Assert.Equal(0, row.Rating)); // Not requested: not read (the cursor reads the sort key apart).
    }

    [Fact]
    public async Task Total_count_is_one_more_command_over_the_filtered_rows()
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        var filter = new Dictionary<string, object?> { ["rating"] = new Dictionary<string, object?> { ["lt"] = 2 } };
        var page = await Filter.Apply(db.Books.AsNoTracking(), filter)
            .ToConnectionAsync(Sort, null, new PageRequest(PageDirection.Forward, 3, null, null), Cursors, includeTotalCount: true);
        Assert.Equal(LibraryContext.SeedBooks.Count(b => b.Rating < 2), await page.CountAsync(default));
        Assert.Equal(2, Log.Commands.Count);
    }

    /// <summary>Runs <paramref name="body"/> as a resolver of a request, where DataLoaders batch what it asks for at once.</summary>
    private async Task InRequestAsync(Func<IResolverContext, Task> body, DataLoaderBatchOptions? batch = null)
    {
        var schema = Schema("type Query { run: Int }", options => options.Resolvers["Query.run"] = async context =>
        {
            await body(context);
            return 0;
        });
        var result = (OperationResult)await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "{ run }", Services = new FactoryServices(Database.Contexts, batch) });
        Assert.Empty(result.Errors ?? []);
    }

    [Fact]
    public async Task The_generated_inputs_carry_a_clients_filter_order_and_page_through_the_engine()
    {
        var sdl = RelaySdl.PageInfoType + RelaySdl.ConnectionTypes("Book") + DataSdl.SortDirectionEnum + Filter.ToSdl() + Sort.ToSdl("BookSort") + $$"""
            enum Genre { FICTION HISTORY SCIENCE SCIENCE_FICTION }
            type Book { id: Int! title: String! rating: Int! }
            type Query { books(where: BookFilter, orderBy: [BookSort!], {{RelaySdl.PagingArguments}}): BookConnection! }
            """;
        var schema = Schema(sdl, options =>
        {
            RelaySdl.BindConnection(options, "Book");
            options.Resolvers["Query.books"] = async context =>
            {
                var db = await Database.Contexts.CreateDbContextAsync();
                await using (db)
                {
                    return await Filter.Apply(db.Books.AsNoTracking(), context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>)
                        .ToConnectionAsync(Sort, Sort.ParseOrder(context.Arguments.GetValueOrDefault("orderBy")),
                            PagingArguments.From(context.Arguments).Validate(), Cursors, includeTotalCount: true);
                }
            };
        });
        var json = await RunAsync(schema,
            "{ books(where: { genre: { in: [SCIENCE, FICTION] }, rating: { lte: 2 } }, orderBy: [{ title: DESC }], first: 3) { nodes { id } totalCount } }");
        var expected = LibraryContext.SeedBooks.Where(b => b.Genre is Genre.Science or Genre.Fiction && b.Rating <= 2)
            .OrderByDescending(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).ToList();
        Assert.Equal(
            Json($"{{'data':{{'books':{{'nodes':[{string.Join(',', expected.Take(3).Select(b => $"{{'id':{b.Id}}}"))}],'totalCount':{expected.Count}}}}}}}"),
            json);

        var refused = await RunAsync(schema, "{ books(orderBy: [{ title: DESC, rating: ASC }]) { totalCount } }");
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", refused, StringComparison.Ordinal); // @oneOf: one field per entry.
    }

    [Fact]
    public async Task Cursors_are_sealed_only_when_a_query_reads_them_and_still_page_on()
    {
        var cursors = new CountingCursorCodec();
        var sdl = RelaySdl.PageInfoType + RelaySdl.ConnectionTypes("Book") + $$"""
            type Book { id: Int! title: String! }
            type Query { books({{RelaySdl.PagingArguments}}): BookConnection! }
            """;
        var schema = Schema(sdl, options => options.Resolvers["Query.books"] = async context =>
        {
            await using var db = await Database.Contexts.CreateDbContextAsync();
            return await db.Books.AsNoTracking().ToConnectionAsync(Sort, [new SortField("rating", SortDirection.Descending)],
                PagingArguments.From(context.Arguments).Validate(), cursors);
        });
        var expected = Ordered(LibraryContext.SeedBooks).Select(b => b.Id).ToList();

        using var nodesOnly = JsonDocument.Parse(await RunAsync(schema, "{ books(first: 5) { nodes { id } pageInfo { hasNextPage } } }"));
        Assert.Equal(expected.Take(5), nodesOnly.RootElement.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(0, cursors.Sealed);

        using var withCursors = JsonDocument.Parse(await RunAsync(schema, "{ books(first: 3) { edges { cursor node { id } } pageInfo { startCursor endCursor } } }"));
        var books = withCursors.RootElement.GetProperty("data").GetProperty("books");
        var edgeCursors = books.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();
        Assert.Equal(3, cursors.Sealed); // One per edge; pageInfo reuses its first and last edge's.
        Assert.Equal(edgeCursors[0], books.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.Equal(edgeCursors[^1], books.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        using var next = JsonDocument.Parse(await RunAsync(schema, $$"""{ books(first: 2, after: "{{edgeCursors[^1]}}") { nodes { id } } }"""));
        Assert.Equal(expected.Skip(3).Take(2), next.RootElement.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(3, cursors.Sealed);
    }

    [Fact]
    public async Task A_batch_above_the_cap_is_split_into_commands_of_at_most_the_cap()
    {
        await InRequestAsync(async context =>
        {
            var books = await context.DataLoader<BookById>().LoadAsync([.. Enumerable.Range(1, 50), 999]);
            Assert.Equal(Enumerable.Range(1, 50), books.Take(50).Select(b => b!.Id));
            Assert.Null(books[50]);
        }, new DataLoaderBatchOptions { MaxBatchSize = 20 });
        Assert.Equal(3, Log.Commands.Count);
        Assert.Equal(1, Log.ContextCount);
        Assert.Equal(2_000, new BookById(Database.Contexts).MaxBatchSize);
    }

    [Fact]
    public async Task Group_loaders_split_too_and_give_every_key_its_list()
    {
        await InRequestAsync(async context =>
        {
            var groups = await context.DataLoader<BooksByAuthor>().LoadAsync([1, 2, 3, 4]);
            Assert.Equal(LibraryContext.SeedBooks.Where(b => b.AuthorId == 2).Select(b => b.Id), groups[1]!.Select(b => b.Id));
            Assert.Empty(groups[3]!);
        }, new DataLoaderBatchOptions { MaxBatchSize = 2 });
        Assert.Equal(2, Log.Commands.Count);
    }

    [Fact]
    public async Task Loaders_dispatched_together_each_use_a_context_of_their_own()
    {
        var schema = Schema(
            """
            type Query { books: [Book!]! authors: [Author!]! }
            type Book { id: Int! title: String! }
            type Author { id: Int! name: String! books: [Book!]! }
            """,
            options =>
            {
                options.Resolvers["Query.books"] = async context => await context.DataLoader<BookById>().LoadAsync([.. Enumerable.Range(1, 30)]);
                options.Resolvers["Query.authors"] = async context => await context.DataLoader<AuthorById>().LoadAsync([1, 2, 3]);
                options.Resolvers["Author.books"] = async context => await context.DataLoader<BooksByAuthor>().LoadAsync(((Author)context.Parent!).Id);
            });
        var services = new FactoryServices(Database.Contexts);
        for (var run = 0; run < 5; run++)
        {
            Log.Clear();
            var result = (OperationResult)await new RequestExecutor(schema).ExecuteAsync(
                new GraphQLRequest { Query = "{ books { title } authors { name books { id } } }", Services = services });
            Assert.Empty(result.Errors ?? []);
            using var json = JsonDocument.Parse(ResultJsonWriter.ToJson(result));
            Assert.Equal(30, json.RootElement.GetProperty("data").GetProperty("books").GetArrayLength());
            Assert.Equal(LibraryContext.SeedBooks.Count(b => b.AuthorId == 1), json.RootElement.GetProperty("data").GetProperty("authors")[0].GetProperty("books").GetArrayLength());
            Assert.Equal(3, Log.Commands.Count);
            Assert.Equal(3, Log.ContextCount);
        }
    }

    [Fact]
    public async Task A_primed_key_loads_without_sql_and_a_cleared_one_loads_again()
    {
        var loader = new BookById(Database.Contexts);
        loader.Prime(7, new Book { Id = 7, Title = "primed" });
        Assert.Equal("primed", (await loader.LoadAsync(7))!.Title);
        Assert.Empty(Log.Commands);
        loader.Clear(7);
        Assert.Equal(LibraryContext.SeedBooks[6].Title, (await loader.LoadAsync(7))!.Title);
        Assert.Single(Log.Commands);
        Assert.Equal(LibraryContext.SeedBooks[6].Title, (await loader.LoadAsync(7))!.Title);
        Assert.Single(Log.Commands);
        loader.ClearAll();
        await loader.LoadAsync(7);
        Assert.Equal(2, Log.Commands.Count);
    }

    private sealed class FactoryServices(IDbContextFactory<LibraryContext> contexts, DataLoaderBatchOptions? batch = null) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IDbContextFactory<LibraryContext>) ? contexts
            : serviceType == typeof(DataLoaderBatchOptions) ? batch
            : null;
    }
}

public sealed class SqliteDataLayerTests : DataLayerTests
{
    protected override LibraryDatabase Database { get; } = new SqliteLibraryDatabase();
}

[Collection(Sermo.Tests.Infrastructure.PostgresCollection.Name)]
public sealed class PostgresDataLayerTests(Sermo.Tests.Infrastructure.PostgresServer server) : DataLayerTests
{
    protected override LibraryDatabase Database { get; } = new PostgresLibraryDatabase(server);
}
