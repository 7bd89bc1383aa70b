using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary><c>@skip</c> and <c>@include</c> on fields, fragment spreads and inline fragments, literal or
/// variable (after graphql-js's directives tests).</summary>
public class SkipIncludeTests
{
    private static readonly GraphQL.Types.Schema TestSchema = Schema("type Query { a: String b: String }");
    private static readonly Dictionary<string, object?> Root = new() { ["a"] = "a", ["b"] = "b" };

    [Theory]
    [InlineData("{ a b @skip(if: true) }", "{'a':'a'}")]
    [InlineData("{ a b @skip(if: false) }", "{'a':'a','b':'b'}")]
    [InlineData("{ a b @include(if: false) }", "{'a':'a'}")]
    [InlineData("{ a b @include(if: true) @skip(if: true) }", "{'a':'a'}")]
    [InlineData("{ a b @include(if: true) @skip(if: false) }", "{'a':'a','b':'b'}")]
    [InlineData("{ a ...F @skip(if: true) } fragment F on Query { b }", "{'a':'a'}")]
    [InlineData("{ a ...F @include(if: true) } fragment F on Query { b }", "{'a':'a','b':'b'}")]
    [InlineData("{ a ... on Query @skip(if: true) { b } }", "{'a':'a'}")]
    [InlineData("{ a ... @include(if: false) { b } }", "{'a':'a'}")]
    [InlineData("{ a b @skip(if: true) b }", "{'a':'a','b':'b'}")]
    public async Task Literal_conditions_fold(string query, string data)
    {
        Assert.Equal(Json("{'data':" + data + "}"), await RunAsync(TestSchema, query, rootValue: Root));
    }

    [Fact]
    public async Task Variable_conditions_are_decided_per_request_on_one_cached_operation()
    {
        var executor = new RequestExecutor(TestSchema);
        const string query = "query($on: Boolean!) { a @include(if: $on) b ... @skip(if: $on) { c: a } }";

        async Task<string> Run(bool on) => ResultJsonWriter.ToJson((OperationResult)await executor.ExecuteAsync(
            new GraphQLRequest { Query = query, RootValue = Root, Variables = new Dictionary<string, object?> { ["on"] = on } }));

        Assert.Equal(Json("{'data':{'a':'a','b':'b'}}"), await Run(true));
        Assert.Equal(Json("{'data':{'b':'b','c':'a'}}"), await Run(false));
        Assert.Equal(Json("{'data':{'a':'a','b':'b'}}"), await Run(true));
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task A_field_first_met_under_a_false_condition_takes_its_later_position()
    {
        const string query = "query($x: Boolean!) { a @include(if: $x) b a }";

        Assert.Equal(Json("{'data':{'b':'b','a':'a'}}"), await RunAsync(TestSchema, query, new Dictionary<string, object?> { ["x"] = false }, Root));
        Assert.Equal(Json("{'data':{'a':'a','b':'b'}}"), await RunAsync(TestSchema, query, new Dictionary<string, object?> { ["x"] = true }, Root));
    }

    [Fact]
    public async Task Every_combination_of_conditions_is_right_beyond_the_ones_kept_compiled()
    {
        var executor = new RequestExecutor(TestSchema);
        const string query = "query($a: Boolean!, $b: Boolean!, $c: Boolean!, $d: Boolean!, $e: Boolean!, $f: Boolean!) "
            + "{ a1: a @include(if: $a) b1: b @include(if: $b) a2: a @include(if: $c) b2: b @include(if: $d) a3: a @include(if: $e) b3: b @include(if: $f) }";
        string[] names = ["a", "b", "c", "d", "e", "f"];
        string[] keys = ["a1", "b1", "a2", "b2", "a3", "b3"];

        for (var combination = 0; combination < 64; combination++)
        {
            var variables = names.Select((name, bit) => (name, on: (combination & (1 << bit)) != 0)).ToDictionary(pair => pair.name, pair => (object?)pair.on);
            var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = query, RootValue = Root, Variables = variables });

            var expected = keys.Where((_, bit) => (combination & (1 << bit)) != 0);
            Assert.Equal(expected, result.Data!.Keys);
        }
    }
}
