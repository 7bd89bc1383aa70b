using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;
using Sermo.Tests.Relay;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Data;

/// <summary>The data layer adds its filter and sort inputs to a code-first schema directly (<c>AddTo</c>), as the same
/// types its SDL describes, and they carry a client's filter and order through the engine. On SQLite.</summary>
public sealed partial class CodeFirstInputTypesTests : IAsyncLifetime
{
    private static readonly CursorCodec Cursors = new(GlobalIdCodecTests.Secret);

    private static readonly FilterDefinition<Book> Filter = new FilterDefinition<Book>("BookFilter")
        .Field("genre", book => book.Genre, FilterOperators.Eq | FilterOperators.In, graphQLType: "Genre")
        .Field("rating", book => book.Rating, FilterOperators.Comparison)
        .Field("title", book => book.Title, FilterOperators.StartsWith);

    private static readonly SortDefinition<Book> Sort = SortDefinition<Book>.WithKey("Book", book => book.Id)
        .Field("rating", book => book.Rating)
        .Field("title", book => book.Title);

    private static readonly SortDefinition<Author> AuthorSort = SortDefinition<Author>.WithKey("Author", author => author.Id)
        .Field("name", author => author.Name);

    private readonly SqliteLibraryDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private SchemaBuilder CodeFirst()
    {
        var builder = new SchemaBuilder()
            .AddQueryType(query => query.Field("books").Type("[Int!]!")
                .Argument("where", Filter.InputTypeName).Argument("orderBy", "[BookSort!]").Argument("first", "Int")
                .Resolve(async context =>
                {
                    await using var db = await _database.Contexts.CreateDbContextAsync();
                    var books = await Filter.ApplyAsync(db.Books.AsNoTracking(), context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, context);
                    var order = await Sort.ParseOrderAsync(context.Arguments.GetValueOrDefault("orderBy"), context);
                    var page = await books.ToConnectionAsync(Sort, order, PagingArguments.From(context.Arguments).Validate(), Cursors);
                    return page.Nodes.Select(book => book.Id).ToList();
                }))
            .AddType<Genre>();
        Filter.AddTo(builder);
        Sort.AddTo(builder, "BookSort");
        AuthorSort.AddTo(builder, "AuthorSort"); // A second sort brings SortDirection again.
        return builder;
    }

    [Fact]
    public void The_added_types_print_as_the_sdl_the_definitions_write()
    {
        var fromSdl = Schema("type Query { books: Int }\nenum Genre { FICTION HISTORY SCIENCE SCIENCE_FICTION }"
            + DataSdl.SortDirectionEnum + Filter.ToSdl() + Sort.ToSdl("BookSort") + AuthorSort.ToSdl("AuthorSort"));
        var expected = TypeBlocks(fromSdl);
        var actual = TypeBlocks(CodeFirst().Build());

        string[] names = ["SortDirection", "BookFilter", "BookFilterGenre", "BookFilterRating", "BookFilterTitle", "BookSort", "AuthorSort"];
        foreach (var name in names)
            Assert.Equal(expected[name], actual.GetValueOrDefault(name));
        Assert.Contains("input BookSort @oneOf", actual["BookSort"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clients_filter_and_order_reach_sql_through_the_added_types()
    {
        var json = await RunAsync(CodeFirst().Build(),
            "{ books(where: { genre: { in: [SCIENCE, FICTION] }, rating: { lte: 2 } }, orderBy: [{ title: DESC }], first: 3) }");

        var expected = LibraryContext.SeedBooks.Where(b => b.Genre is Genre.Science or Genre.Fiction && b.Rating <= 2)
            .OrderByDescending(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Take(3).Select(b => b.Id);
        Assert.Equal(Json($"{{'data':{{'books':[{string.Join(',', expected)}]}}}}"), json);
    }

    [Fact]
    public void A_type_the_filter_names_must_be_in_the_schema()
    {
        var builder = new SchemaBuilder().AddQueryType(query => query.Field("books").Type("Int").Argument("where", "BookFilter").Resolve(_ => 0));
        Filter.AddTo(builder);

        var error = Assert.Throws<SchemaValidationException>(builder.Build);
        Assert.Contains("\"BookFilterGenre.eq\" (added as SDL) names the type \"Genre\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddType<TEnum>()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_definitions_of_one_name_fail_the_build_and_other_kinds_are_refused()
    {
        var builder = CodeFirst().AddTypeDefinitions("enum SortDirection { UP DOWN }");
        var error = Assert.Throws<SchemaValidationException>(builder.Build);
        Assert.Contains("\"SortDirection\" is added as SDL twice, with different definitions", error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => new SchemaBuilder().AddTypeDefinitions("type Book { id: Int }"));
        Assert.Throws<ArgumentException>(() => new SchemaBuilder().AddTypeDefinitions("extend input BookFilter { more: Int }"));
    }

    /// <summary>Each printed type definition (with its description) by type name.</summary>
    private static Dictionary<string, string> TypeBlocks(Schema schema) =>
        SchemaPrinter.Print(schema).Split("\n\n")
            .Select(block => (Match: TypeHeader().Match(block), Block: block))
            .Where(entry => entry.Match.Success)
            .ToDictionary(entry => entry.Match.Groups[1].Value, entry => entry.Block);

    [GeneratedRegex(@"^(?:input|enum|type|scalar) (\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeHeader();
}
