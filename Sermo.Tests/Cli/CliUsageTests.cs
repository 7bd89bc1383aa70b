namespace Sermo.Tests.Cli;

/// <summary>Command lines the tool cannot serve: a message on standard error and exit code 2, nothing on standard output.</summary>
public sealed class CliUsageTests
{
    [Theory]
    [InlineData(new string[0], "usage: sermo-graphql COMMAND")]
    [InlineData(new[] { "frobnicate", "x.graphql" }, "Unknown command frobnicate")]
    [InlineData(new[] { "parse", "--pretty", "x.graphql" }, "Unknown option --pretty")]
    [InlineData(new[] { "parse", "a.graphql", "b.graphql" }, "one document file at most")]
    [InlineData(new[] { "validate", "--schema" }, "--schema needs a value")]
    [InlineData(new[] { "parse" }, "parse needs a document")]
    [InlineData(new[] { "print-schema" }, "print-schema needs a schema")]
    [InlineData(new[] { "parse", "--jsonl", "x.graphql" }, "every input comes from standard input")]
    public async Task A_bad_command_line_exits_2_with_a_reason(string[] args, string reason)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_message()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"sermo-cli-missing-{Guid.NewGuid():N}.graphql");

        var run = await CliRunner.RunAsync("parse", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cannot read {missing}", run.Stderr);
    }

    [Fact]
    public async Task Malformed_variables_are_a_usage_error()
    {
        using var files = new CliRunner();
        var run = await CliRunner.RunAsync("execute", "--schema", files.File("s.graphql", CliSchemas.Robots),
            "--variables", "{not json", files.File("q.graphql", "{ motto }"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--variables is not JSON", run.Stderr);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_succeeds()
    {
        var run = await CliRunner.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("usage: sermo-graphql COMMAND", run.Stdout);
    }
}
