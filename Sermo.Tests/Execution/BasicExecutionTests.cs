using System.Text.Json;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

public class BasicExecutionTests
{
    private sealed record Book(string Id, string Title, int Pages);

    private sealed record Author(string Name, IReadOnlyList<Book> Books);

    [Fact]
    public async Task Default_resolver_reads_the_parents_property_named_like_the_field()
    {
        var schema = Schema(
            "type Query { author: Author } type Author { name: String! books: [Book!]! } type Book { id: ID! title: String pages: Int }",
            options => options.Resolvers["Query.author"] = _ => Value(new Author("Ann", [new Book("1", "A", 10), new Book("2", "B", 20)])));

        var json = await RunAsync(schema, "{ author { name books { id title pages } } }");

        Assert.Equal(Json("{'data':{'author':{'name':'Ann','books':[{'id':'1','title':'A','pages':10},{'id':'2','title':'B','pages':20}]}}}"), json);
    }

    [Fact]
    public async Task Default_resolver_reads_dictionary_entries()
    {
        var schema = Schema("type Query { greeting: String nested: Nested } type Nested { count: Int }");
        var root = new Dictionary<string, object?> { ["greeting"] = "hi", ["nested"] = new Dictionary<string, object?> { ["count"] = 3 } };

        var json = await RunAsync(schema, "{ greeting nested { count } }", rootValue: root);

        Assert.Equal(Json("{'data':{'greeting':'hi','nested':{'count':3}}}"), json);
    }

    [Fact]
    public async Task Json_root_values_complete_objects_arrays_numbers_strings_booleans_and_enums()
    {
        var schema = Schema("""
            type Query { hero: Character }
            type Character { id: ID name: String height: Float age: Int droid: Boolean friends: [Character] appearsIn: [Episode] missing: String }
            enum Episode { NEWHOPE EMPIRE }
            """);
        var root = JsonDocument.Parse("""
            {"hero":{"id":5,"name":"R2","height":1.5,"age":33,"droid":true,"friends":[{"name":"Luke"},null],"appearsIn":["NEWHOPE","EMPIRE"],"missing":null}}
            """).RootElement;

        var json = await RunAsync(schema, "{ hero { id name height age droid friends { name } appearsIn missing } }", rootValue: root);

        Assert.Equal(
            Json("{'data':{'hero':{'id':'5','name':'R2','height':1.5,'age':33,'droid':true,'friends':[{'name':'Luke'},null],'appearsIn':['NEWHOPE','EMPIRE'],'missing':null}}}"),
            json);
    }

    [Fact]
    public async Task Aliases_fragments_and_typename_merge_into_response_key_order()
    {
        var schema = Schema("type Query { greeting: String }");
        var root = new Dictionary<string, object?> { ["greeting"] = "hi" };

        var json = await RunAsync(
            schema,
            "query { ...Q a: greeting ... on Query { b: greeting greeting } __typename } fragment Q on Query { greeting }",
            rootValue: root);

        Assert.Equal(Json("{'data':{'greeting':'hi','a':'hi','b':'hi','__typename':'Query'}}"), json);
    }

    [Fact]
    public async Task Arguments_take_literals_variables_and_defaults()
    {
        var schema = Schema(
            "type Query { echo(text: String = \"default\", times: Int! = 1): String }",
            options => options.Resolvers["Query.echo"] = context =>
                Value($"{(context.Arguments.TryGetValue("text", out var text) ? text ?? "null" : "absent")}x{context.Arguments["times"]}"));

        var json = await RunAsync(
            schema,
            "query($t: String, $missing: String) { a: echo b: echo(text: \"x\", times: 2) c: echo(text: $t) d: echo(text: $missing) }",
            new Dictionary<string, object?> { ["t"] = null });

        Assert.Equal(Json("{'data':{'a':'defaultx1','b':'xx2','c':'nullx1','d':'defaultx1'}}"), json);
    }

    [Fact]
    public async Task Introspection_meta_fields_answer_on_the_query_root()
    {
        var schema = Schema("type Query { greeting: String }");

        var json = await RunAsync(schema, "{ __schema { queryType { name } } __type(name: \"Query\") { name kind } __typename }");

        Assert.Equal(Json("{'data':{'__schema':{'queryType':{'name':'Query'}},'__type':{'name':'Query','kind':'OBJECT'},'__typename':'Query'}}"), json);
    }

    [Fact]
    public async Task Resolvers_see_their_field_path_parent_and_look_ahead_selections()
    {
        var seen = new List<string>();
        var schema = Schema(
            "type Query { items: [Item] } type Item { name: String tag: String other: String }",
            options =>
            {
                options.Resolvers["Query.items"] = context =>
                {
                    var itemType = (GraphQL.Types.ObjectType)context.Schema.GetType("Item")!;
                    seen.Add(string.Join(",", context.SelectionsFor(itemType).Select(selection => selection.ResponseName)));
                    return Value(new[] { "first", "second" });
                };
                options.Resolvers["Item.name"] = context =>
                {
                    seen.Add($"{context.Path}={context.Parent}");
                    return Value(context.Parent);
                };
            });

        var json = await RunAsync(schema, "query($skip: Boolean!) { items { name label: tag other @skip(if: $skip) } }", new Dictionary<string, object?> { ["skip"] = true });

        Assert.Equal(Json("{'data':{'items':[{'name':'first','label':null},{'name':'second','label':null}]}}"), json);
        Assert.Equal(["name,label", "items.0.name=first", "items.1.name=second"], seen);
    }

    [Fact]
    public async Task Asynchronous_resolvers_complete_like_synchronous_ones()
    {
        var schema = Schema(
            "type Query { slow: Item fast: Int } type Item { value: Int }",
            options =>
            {
                options.Resolvers["Query.slow"] = async _ =>
                {
                    await Task.Yield();
                    return new Dictionary<string, object?> { ["value"] = 7 };
                };
                options.Resolvers["Query.fast"] = _ => Value(1);
                options.Resolvers["Item.value"] = async context =>
                {
                    await Task.Yield();
                    return ((IReadOnlyDictionary<string, object?>)context.Parent!)["value"];
                };
            });

        var json = await RunAsync(schema, "{ slow { value } fast }");

        Assert.Equal(Json("{'data':{'slow':{'value':7},'fast':1}}"), json);
    }

    [Fact]
    public async Task Fields_of_one_response_key_merge_their_sub_selections()
    {
        var schema = Schema("type Query { author: Author } type Author { name: String! books: [Book!]! } type Book { id: ID! title: String pages: Int }",
            options => options.Resolvers["Query.author"] = _ => Value(new Author("Ann", [new Book("1", "A", 10)])));

        var json = await RunAsync(schema, "{ author { name } ...F author { books { id } } } fragment F on Query { author { books { title } } }");

        Assert.Equal(Json("{'data':{'author':{'name':'Ann','books':[{'title':'A','id':'1'}]}}}"), json);
    }
}
