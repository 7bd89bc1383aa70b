namespace Sermo.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public async Task Print_schema_prints_the_sdl_back()
    {
        using var files = new CliRunner();
        var run = await CliRunner.RunAsync("print-schema", "--schema", files.File("s.graphql", "type Query {\n  \"The answer\"\n  answer: Int @deprecated\n}"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("type Query {\n  \"\"\"The answer\"\"\"\n  answer: Int @deprecated\n}\n", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Introspect_answers_the_standard_introspection_query()
    {
        using var files = new CliRunner();
        var run = await CliRunner.RunAsync("introspect", "--schema", files.File("s.graphql", CliSchemas.Robots));

        Assert.Equal(0, run.ExitCode);
        var schema = run.Json!["data"]!["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        var robot = schema["types"]!.AsArray().Single(type => type!["name"]!.GetValue<string>() == "Robot")!;
        CliJson.Equal("""[{"kind":"INTERFACE","name":"Named","ofType":null}]""", robot["interfaces"]);
        var oneOf = schema["directives"]!.AsArray().Single(directive => directive!["name"]!.GetValue<string>() == "oneOf")!;
        Assert.False(oneOf["isRepeatable"]!.GetValue<bool>());
        Assert.All(schema["types"]!.AsArray(), type => Assert.True(type!.AsObject().ContainsKey("isOneOf")));
        var stringType = schema["types"]!.AsArray().Single(type => type!["name"]!.GetValue<string>() == "String")!;
        Assert.True(stringType.AsObject().ContainsKey("specifiedByURL"));
    }
}
