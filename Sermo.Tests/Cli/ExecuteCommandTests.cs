namespace Sermo.Tests.Cli;

/// <summary>Execution over a JSON root value with no resolvers: fields read the parent's property of the same
/// name, abstract types read <c>__typename</c>.</summary>
public sealed class ExecuteCommandTests : IDisposable
{
    private readonly CliRunner _files = new();

    private Task<CliRun> ExecuteAsync(string document, params string[] options) =>
        CliRunner.RunAsync([
            "execute", "--schema", _files.File("s.graphql", CliSchemas.Robots), "--root", _files.File("root.json", CliSchemas.RobotsRoot),
            .. options, _files.File("q.graphql", document),
        ]);

    [Fact]
    public async Task Fields_resolve_from_the_root_json_and_abstract_types_from_typename()
    {
        var run = await ExecuteAsync("{ hero { __typename name ... on Robot { model } } anyone { ... on Person { age } ... on Robot { model } } }");

        Assert.Equal(0, run.ExitCode);
        CliJson.Equal(
            """{"data":{"hero":{"__typename":"Robot","name":"R2","model":"astromech"},"anyone":[{"age":36},{"model":"dog"}]}}""",
            run.Json);
    }

    [Fact]
    public async Task Variables_are_coerced_and_used()
    {
        var run = await ExecuteAsync("query($skip: Boolean!) { people { name age @skip(if: $skip) } }", "--variables", """{"skip": true}""");

        Assert.Equal(0, run.ExitCode);
        CliJson.Equal("""{"data":{"people":[{"name":"Ada"},{"name":"Grace"}]}}""", run.Json);
    }

    [Fact]
    public async Task The_named_operation_is_the_one_run()
    {
        var run = await ExecuteAsync("query A { motto } query B { hero { name } }", "--operation", "B");

        Assert.Equal(0, run.ExitCode);
        CliJson.Equal("""{"data":{"hero":{"name":"R2"}}}""", run.Json);
    }

    [Fact]
    public async Task A_response_with_errors_exits_1()
    {
        var run = await CliRunner.RunAsync(
            "execute", "--schema", _files.File("s.graphql", CliSchemas.Robots), "--root", _files.File("root.json", """{"hero": null}"""),
            _files.File("q.graphql", "{ hero { name } motto }"));

        Assert.Equal(1, run.ExitCode);
        Assert.Null(run.Json!["data"]);
        var error = Assert.Single(run.Json!["errors"]!.AsArray())!;
        CliJson.Equal("""["motto"]""", error["path"]);
    }

    [Fact]
    public async Task A_subscription_is_refused_with_a_code()
    {
        var schema = _files.File("sub.graphql", "type Query { a: Int } type Subscription { ticks: Int }");
        var run = await CliRunner.RunAsync("execute", "--schema", schema, _files.File("q.graphql", "subscription { ticks }"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("OPERATION_NOT_ALLOWED", run.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    public void Dispose() => _files.Dispose();
}
