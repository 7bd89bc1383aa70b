using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.Tests.Relay;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Data;

/// <summary>Filtering or sorting by a field reveals its values, so a filter or sort field carries the requirement that
/// guards reading it: a caller who may not read it gets the same error as reading it, on the connection field, and no
/// SQL is sent. On SQLite.</summary>
public sealed class FilterSortAuthorizationTests : IAsyncLifetime
{
    private static readonly AuthorizeRequirement StaffOnly = AuthorizeRequirement.ForRoles("staff");
    private static readonly CursorCodec Cursors = new(GlobalIdCodecTests.Secret);

    private static readonly FilterDefinition<Book> Filter = new FilterDefinition<Book>("GuardedBookFilter")
        .Field("title", book => book.Title, FilterOperators.StartsWith)
        .Field("rating", book => book.Rating, FilterOperators.Comparison, requires: StaffOnly);

    private static readonly SortDefinition<Book> Sort = SortDefinition<Book>.WithKey("Book", book => book.Id)
        .Field("title", book => book.Title)
        .Field("rating", book => book.Rating, requires: StaffOnly);

    private readonly SqliteLibraryDatabase _database = new();
    private GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var sdl = RelaySdl.PageInfoType + RelaySdl.ConnectionTypes("Book") + DataSdl.SortDirectionEnum + Filter.ToSdl() + Sort.ToSdl("GuardedBookSort") + $$"""
            directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION
            type Book { id: Int! title: String! rating: Int! @authorize(roles: ["staff"]) }
            type Query { books(where: GuardedBookFilter, orderBy: [GuardedBookSort!], {{RelaySdl.PagingArguments}}): BookConnection! }
            """;
        _schema = Schema(sdl, options => options.Resolvers["Query.books"] = async context =>
        {
            await using var db = await _database.Contexts.CreateDbContextAsync();
            var books = await Filter.ApplyAsync(db.Books.AsNoTracking(), context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, context);
            var order = await Sort.ParseOrderAsync(context.Arguments.GetValueOrDefault("orderBy"), context);
            return await books.ToConnectionAsync(Sort, order, PagingArguments.From(context.Arguments).Validate(), Cursors);
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private async Task<JsonElement> RunAsAsync(string query, ClaimsPrincipal user)
    {
        await using var result = (OperationResult)await new RequestExecutor(_schema).ExecuteAsync(new GraphQLRequest { Query = query, User = user });
        using var json = JsonDocument.Parse(ResultJsonWriter.ToJson(result));
        return json.RootElement.Clone();
    }

    private static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    private static ClaimsPrincipal Caller(string role) => new(new ClaimsIdentity([new Claim("sub", "u1"), new Claim(ClaimTypes.Role, role)], "test"));

    [Theory]
    [InlineData("{ books(where: { rating: { gte: 3 } }) { nodes { id } } }")]
    [InlineData("{ books(where: { or: [{ title: { startsWith: \"T\" } }, { and: [{ rating: { lt: 2 } }] }] }) { nodes { id } } }")]
    [InlineData("{ books(orderBy: [{ title: ASC }, { rating: DESC }]) { nodes { id } } }")]
    public async Task A_caller_who_may_not_read_the_field_may_not_filter_or_sort_by_it_and_nothing_is_queried(string query)
    {
        foreach (var (user, code) in new[] { (Caller("physician"), ErrorCodes.NotAuthorized), (Anonymous, ErrorCodes.NotAuthenticated) })
        {
            _database.Log.Clear();
            var result = await RunAsAsync(query, user);

            var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
            Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("[\"books\"]", error.GetProperty("path").GetRawText());
            Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
            Assert.Empty(_database.Log.Commands);
        }
    }

    [Fact]
    public async Task A_caller_who_may_read_the_field_filters_and_sorts_by_it()
    {
        var result = await RunAsAsync("{ books(where: { rating: { gte: 3 } }, orderBy: [{ rating: DESC }], first: 10) { nodes { id rating } } }", Caller("staff"));

        Assert.False(result.TryGetProperty("errors", out _));
        var expected = LibraryContext.SeedBooks.Where(b => b.Rating >= 3).OrderByDescending(b => b.Rating).ThenBy(b => b.Id).Take(10).Select(b => b.Id);
        Assert.Equal(expected, result.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Fields_without_a_requirement_stay_open_to_everyone()
    {
        var result = await RunAsAsync("{ books(where: { title: { startsWith: \"T\" } }, orderBy: [{ title: DESC }], first: 3) { nodes { id } } }", Anonymous);

        Assert.False(result.TryGetProperty("errors", out _));
        var expected = LibraryContext.SeedBooks.Where(b => b.Title.StartsWith('T')).OrderByDescending(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Take(3).Select(b => b.Id);
        Assert.Equal(expected, result.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Outside_a_request_a_guarded_field_is_refused_rather_than_used_unchecked()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var guarded = new Dictionary<string, object?> { ["rating"] = new Dictionary<string, object?> { ["gte"] = 3 } };
        var open = new Dictionary<string, object?> { ["title"] = new Dictionary<string, object?> { ["startsWith"] = "T" } };

        Assert.Throws<InvalidOperationException>(() => Filter.Apply(db.Books, guarded));
        Assert.Throws<InvalidOperationException>(() => Filter.Build(guarded));
        Assert.Throws<InvalidOperationException>(() => Sort.ParseOrder(new List<object?> { new Dictionary<string, object?> { ["rating"] = "ASC" } }));
        Assert.NotNull(Filter.Build(open));
        Assert.Equal([new SortField("title")], Sort.ParseOrder(new List<object?> { new Dictionary<string, object?> { ["title"] = "ASC" } }));
    }
}
