namespace Sermo.Tests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task A_document_is_printed_canonically()
    {
        using var files = new CliRunner();
        var document = files.File("q.graphql", "query Q($id:ID!,$n:Int=3){hero(id:$id){...F name}} fragment F on Named{name}");

        var run = await CliRunner.RunAsync("parse", document);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "query Q($id: ID!, $n: Int = 3) {\n  hero(id: $id) {\n    ...F\n    name\n  }\n}\n\nfragment F on Named {\n  name\n}\n",
            run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_syntax_error_prints_errors_with_its_location_and_exits_1()
    {
        using var files = new CliRunner();
        var document = files.File("q.graphql", "{\n  hero {\n    name\n  }\n");

        var run = await CliRunner.RunAsync("parse", document);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Json!["errors"]!.AsArray())!;
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        CliJson.Equal("""[{"line":5,"column":1}]""", error["locations"]);
    }
}
