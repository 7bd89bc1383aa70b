using System.Text.Json.Nodes;

namespace Sermo.Tests.Cli;

/// <summary>The --jsonl loop: one result a line, in order; a line that cannot be served gets an errors object
/// and the next line is served as usual.</summary>
public sealed class JsonLinesTests
{
    private static Task<CliRun> RunLinesAsync(string command, params string[] lines) =>
        CliRunner.RunWithInputAsync(string.Join('\n', lines) + "\n", command, "--jsonl");

    [Fact]
    public async Task Each_line_gets_its_result_in_order_and_bad_lines_do_not_stop_the_run()
    {
        var run = await RunLinesAsync("validate",
            CliJson.Line(CliSchemas.Robots, "{ hero { name } }"),
            "{not json",
            CliJson.Line("type Query { hero: Hero }", "{ hero }"),
            "[1, 2]",
            CliJson.Line(CliSchemas.Robots),
            CliJson.Line(CliSchemas.Robots, "{ hero { nickname } }"),
            CliJson.Line(CliSchemas.Robots, "{ people { age } }"));

        Assert.Equal(0, run.ExitCode);
        var results = run.JsonLines;
        Assert.Equal(7, results.Count);
        CliJson.Equal("""{"errors":[]}""", results[0]);
        AssertBadLine(results[1], "Line 2", "not JSON");
        Assert.Contains(results[2]!["errors"]!.AsArray(), error => error!["message"]!.GetValue<string>().Contains("Hero"));
        AssertBadLine(results[3], "Line 4", "JSON object, not an array");
        AssertBadLine(results[4], "Line 5", "validate needs a document");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", results[5]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        CliJson.Equal("""{"errors":[]}""", results[6]);
    }

    [Fact]
    public async Task Parse_lines_give_the_canonical_document_or_the_syntax_error()
    {
        var run = await RunLinesAsync("parse", CliJson.Line(document: "{a{b}}"), CliJson.Line(document: "{ a"));

        var results = run.JsonLines;
        CliJson.Equal("""{"document":"{\n  a {\n    b\n  }\n}"}""", results[0]);
        CliJson.Equal("""[{"line":1,"column":4}]""", results[1]!["errors"]![0]!["locations"]);
    }

    [Fact]
    public async Task Execute_lines_carry_their_own_root_value_variables_and_operation()
    {
        var run = await RunLinesAsync("execute",
            CliJson.Line(CliSchemas.Robots, "query A { motto } query B($skip: Boolean!) { people { name @skip(if: $skip) age } }",
                variables: new JsonObject { ["skip"] = true }, rootValue: JsonNode.Parse(CliSchemas.RobotsRoot), operationName: "B"),
            CliJson.Line(CliSchemas.Robots, "{ hero { name } }", rootValue: new JsonObject { ["hero"] = new JsonObject { ["__typename"] = "Person", ["name"] = "Ada" } }),
            CliJson.Line(CliSchemas.Robots, "{ motto }", variables: new JsonArray()));

        var results = run.JsonLines;
        CliJson.Equal("""{"data":{"people":[{"age":36},{"age":85}]}}""", results[0]);
        CliJson.Equal("""{"data":{"hero":{"name":"Ada"}}}""", results[1]);
        AssertBadLine(results[2], "Line 3", "variables must be a JSON object, not an array");
    }

    [Fact]
    public async Task Print_schema_and_introspect_lines_wrap_their_results()
    {
        var printed = await RunLinesAsync("print-schema", CliJson.Line("type Query { a: Int }"));
        var introspected = await RunLinesAsync("introspect", CliJson.Line("type Query { a: Int }"), CliJson.Line("type Query"));

        CliJson.Equal("""{"sdl":"type Query {\n  a: Int\n}"}""", printed.JsonLines[0]);
        Assert.Equal("Query", introspected.JsonLines[0]!["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.NotEmpty(introspected.JsonLines[1]!["errors"]!.AsArray());
    }

    private static void AssertBadLine(JsonNode? result, string line, string reason)
    {
        var error = Assert.Single(result!["errors"]!.AsArray())!;
        var message = error["message"]!.GetValue<string>();
        Assert.StartsWith(line, message);
        Assert.Contains(reason, message);
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
    }
}
