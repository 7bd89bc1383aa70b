namespace Sermo.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task A_valid_document_prints_no_errors_and_exits_0()
    {
        using var files = new CliRunner();
        var run = await CliRunner.RunAsync("validate", "--schema", files.File("s.graphql", CliSchemas.Robots),
            files.File("q.graphql", "{ hero { name ... on Robot { model } } }"));

        Assert.Equal(0, run.ExitCode);
        CliJson.Equal("""{"errors":[]}""", run.Json);
    }

    [Fact]
    public async Task An_invalid_document_prints_its_validation_errors_and_exits_1()
    {
        using var files = new CliRunner();
        var run = await CliRunner.RunAsync("validate", "--schema", files.File("s.graphql", CliSchemas.Robots),
            files.File("q.graphql", "{\n  hero { nickname }\n}"));

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Json!["errors"]!.AsArray())!;
        Assert.Contains("nickname", error["message"]!.GetValue<string>());
        CliJson.Equal("""[{"line":2,"column":10}]""", error["locations"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_schema_that_does_not_build_prints_its_errors_and_exits_1()
    {
        using var files = new CliRunner();
        var run = await CliRunner.RunAsync("validate", "--schema", files.File("s.graphql", "type Query { hero: Hero }"),
            files.File("q.graphql", "{ hero }"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Json!["errors"]!.AsArray(), error => error!["message"]!.GetValue<string>().Contains("Hero"));
    }
}
