using System.Text.Json;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Relay;

/// <summary>The Relay types bound to a small SDL schema: node and nodes by global id, connections with lazy
/// totalCount, and clean errors for bad ids and page sizes.</summary>
public class RelaySchemaTests
{
    public sealed record Author(int Id, string Name);

    public sealed record Book(Guid Id, string Title);

    private static readonly Author[] Authors = [new(1, "Ada"), new(2, "Grace")];
    private static readonly Book[] Books = [.. Enumerable.Range(0, 30).Select(i => new Book(new Guid(i + 1, 0, 0, new byte[8]), $"Book {i:00}"))];
    private static readonly GlobalIdCodec Ids = new(GlobalIdCodecTests.Secret);
    private static readonly CursorCodec Cursors = new(GlobalIdCodecTests.Secret);
    private static int _counts;

    private static readonly Schema Library = BuildSchema();

    private static Schema BuildSchema()
    {
        var nodes = new NodeResolverRegistry(Ids)
            .Add<Author, int>("Author", a => a.Id, (id, _) => Task.FromResult(Authors.FirstOrDefault(a => a.Id == id)))
            .Add<Book, Guid>("Book", b => b.Id, (id, _) => Task.FromResult(Books.FirstOrDefault(b => b.Id == id)));
        var sdl = RelaySdl.NodeInterface + RelaySdl.PageInfoType + RelaySdl.NodeQueryFields + RelaySdl.ConnectionTypes("Book") + $$"""
            type Author implements Node { id: ID! name: String! }
            type Book implements Node { id: ID! title: String! }
            type Query { books({{RelaySdl.PagingArguments}}): BookConnection! }
            """;
        return Schema(sdl, options =>
        {
            RelaySdl.Bind(options, nodes);
            RelaySdl.BindConnection(options, "Book");
            options.Resolvers["Query.books"] = context =>
            {
                var page = ListConnection.Create(Books, PagingArguments.From(context.Arguments).Validate(), Cursors);
                return new ValueTask<object?>(new Connection<Book>(page.Edges, page.PageInfo, _ =>
                {
                    Interlocked.Increment(ref _counts);
                    return ValueTask.FromResult(Books.Length);
                }));
            };
        });
    }

    private static async Task<JsonElement> RunJsonAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        JsonDocument.Parse(await RunAsync(Library, query, variables)).RootElement;

    [Fact]
    public async Task Node_finds_each_type_by_its_global_id()
    {
        var result = await RunJsonAsync(
            "query($a: ID!, $b: ID!) { a: node(id: $a) { __typename id ... on Author { name } } b: node(id: $b) { __typename ... on Book { title } } }",
            new Dictionary<string, object?> { ["a"] = Ids.Encode("Author", 2), ["b"] = Ids.Encode("Book", Books[3].Id) });
        Assert.Equal(Json($"{{'data':{{'a':{{'__typename':'Author','id':'{Ids.Encode("Author", 2)}','name':'Grace'}},'b':{{'__typename':'Book','title':'Book 03'}}}}}}"), result.GetRawText());
    }

    [Fact]
    public async Task Nodes_keeps_the_order_of_the_ids_and_nulls_the_missing()
    {
        var result = await RunJsonAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new Dictionary<string, object?> { ["ids"] = new object?[] { Ids.Encode("Author", 2), Ids.Encode("Author", 99), Ids.Encode("Author", 1) } });
        var nodes = result.GetProperty("data").GetProperty("nodes");
        Assert.Equal(Ids.Encode("Author", 2), nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(Ids.Encode("Author", 1), nodes[2].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("Qm9vazox")]
    public async Task A_forged_id_is_one_invalid_id_error_at_the_field(string id)
    {
        var result = await RunJsonAsync("query($id: ID!) { node(id: $id) { id } }", new Dictionary<string, object?> { ["id"] = id });
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("node", error.GetProperty("path")[0].GetString());
        Assert.Equal("The id is not valid.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_id_of_a_type_the_schema_does_not_serve_or_of_another_deployment_is_invalid()
    {
        var otherDeployment = new GlobalIdCodec("another deployment's secret of 32 bytes+"u8).Encode("Author", 1);
        foreach (var id in new[] { Ids.Encode("Patient", 1), Ids.Encode("Author", "1"), otherDeployment })
        {
            var result = await RunJsonAsync("query($id: ID!) { node(id: $id) { id } }", new Dictionary<string, object?> { ["id"] = id });
            Assert.Equal("INVALID_ID", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Nodes_refuses_more_ids_than_a_page_holds()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => (object?)Ids.Encode("Author", 1)).ToArray();
        var result = await RunJsonAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new Dictionary<string, object?> { ["ids"] = ids });
        var error = result.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("at most 100", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_pages_with_its_cursors_and_counts_only_when_asked()
    {
        var before = Volatile.Read(ref _counts);
        var first = await RunJsonAsync("{ books(first: 2) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }");
        Assert.Equal(before, Volatile.Read(ref _counts));
        var books = first.GetProperty("data").GetProperty("books");
        Assert.True(books.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var after = books.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await RunJsonAsync(
            "query($after: String) { books(first: 2, after: $after) { nodes { title } totalCount } }",
            new Dictionary<string, object?> { ["after"] = after });
        Assert.Equal(Json("{'data':{'books':{'nodes':[{'title':'Book 02'},{'title':'Book 03'}],'totalCount':30}}}"), second.GetRawText());
        Assert.True(Volatile.Read(ref _counts) > before);
    }

    [Fact]
    public async Task A_page_above_the_cap_and_first_with_last_are_bad_user_input()
    {
        foreach (var query in new[] { "{ books(first: 101) { totalCount } }", "{ books(first: 1, last: 1) { totalCount } }" })
        {
            var result = await RunJsonAsync(query);
            Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
            Assert.Equal("BAD_USER_INPUT", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task A_tampered_cursor_is_an_invalid_cursor_error()
    {
        var result = await RunJsonAsync("{ books(first: 1, after: \"AQID\") { totalCount } }");
        Assert.Equal("INVALID_CURSOR", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
