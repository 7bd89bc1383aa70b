using System.Text.Json;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Relay;

/// <summary>The Relay shapes on a code-first schema: entities that do not implement <see cref="INode"/> join the
/// <c>Node</c> interface through their descriptor, and connection types come from <see cref="RelayTypes"/>.</summary>
public class RelayCodeFirstTests
{
    public sealed class Shelf(int key, string label)
    {
        public int Key { get; } = key;
        public string Label { get; } = label;
    }

    private static readonly Shelf[] Shelves = [.. Enumerable.Range(1, 5).Select(i => new Shelf(i, $"Shelf {i}"))];
    private static readonly GlobalIdCodec Ids = new(GlobalIdCodecTests.Secret);
    private static readonly CursorCodec Cursors = new(GlobalIdCodecTests.Secret);

    private static Schema Build()
    {
        var nodes = new NodeResolverRegistry(Ids).Add<Shelf, int>("Shelf", s => s.Key, (key, _) => Task.FromResult(Shelves.FirstOrDefault(s => s.Key == key)));
        var builder = new SchemaBuilder()
            .AddQueryType(query =>
            {
                RelayTypes.NodeFields(query, nodes);
                query.Field("shelves").Type("ShelfConnection!")
                    .Argument("first", "Int").Argument("after", "String").Argument("last", "Int").Argument("before", "String")
                    .Resolve(context =>
                    {
                        var page = ListConnection.Create(Shelves, PagingArguments.From(context.Arguments).Validate(), Cursors);
                        return new Connection<Shelf>(page.Edges, page.PageInfo, _ => ValueTask.FromResult(Shelves.Length));
                    });
            })
            .AddObjectType<Shelf>(type =>
            {
                type.Implements<INode>();
                RelayTypes.NodeId(type, nodes, "Shelf");
                type.Field(s => s.Label);
            });
        RelayTypes.AddPageInfo(builder);
        RelayTypes.AddConnection<Shelf>(builder, "Shelf");
        return builder.Build();
    }

    private static readonly Schema Library = Build();

    [Fact]
    public void The_entity_joins_the_node_interface_and_the_connection_types_print_as_relay_expects()
    {
        var sdl = SchemaPrinter.Print(Library);
        Assert.Contains("type Shelf implements Node {", sdl);
        Assert.Contains("interface Node {\n  \"\"\"The object's global id.\"\"\"\n  id: ID!\n}", sdl);
        Assert.Contains("type ShelfConnection {", sdl);
        Assert.Contains("edges: [ShelfEdge!]!", sdl);
        Assert.Contains("totalCount: Int!", sdl);
        Assert.Contains("node: Shelf!", sdl);
    }

    [Fact]
    public async Task Node_resolves_the_entity_by_its_global_id_and_pages_join_up()
    {
        var id = Ids.Encode("Shelf", 3);
        var node = JsonDocument.Parse(await RunAsync(Library, $"{{ node(id: \"{id}\") {{ __typename id ... on Shelf {{ label }} }} }}")).RootElement;
        Assert.Equal(Json($"{{'data':{{'node':{{'__typename':'Shelf','id':'{id}','label':'Shelf 3'}}}}}}"), node.GetRawText());

        var first = JsonDocument.Parse(await RunAsync(Library, "{ shelves(first: 2) { totalCount nodes { label } pageInfo { hasNextPage endCursor } } }")).RootElement
            .GetProperty("data").GetProperty("shelves");
        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = JsonDocument.Parse(await RunAsync(Library, $"{{ shelves(first: 2, after: \"{after}\") {{ edges {{ node {{ label }} }} }} }}")).RootElement;
        Assert.Equal(Json("{'data':{'shelves':{'edges':[{'node':{'label':'Shelf 3'}},{'node':{'label':'Shelf 4'}}]}}}"), second.GetRawText());
    }

    [Fact]
    public void Implements_names_only_interfaces()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .AddQueryType(query => query.Field("shelf").Type("Shelf").Resolve(_ => Shelves[0]))
            .AddObjectType<Shelf>(type =>
            {
                type.Implements<INode>();
                type.Field(s => s.Label);
            })
            .Build());
        Assert.Contains("Node.id", error.Message);
    }
}
