using System.Text.Json.Nodes;
using Sermo.GraphQL.Cli;

namespace Sermo.Tests.Cli;

/// <summary>Runs the tool in-process over files in a scratch folder of its own.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sermo-cli-").FullName;

    public string File(string name, string contents)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, contents);
        return path;
    }

    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, new StringReader(stdin), stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output as one JSON value (a command line's JSON result).</summary>
    public JsonNode? Json => JsonNode.Parse(Stdout);

    /// <summary>Standard output as JSON lines (a --jsonl run).</summary>
    public IReadOnlyList<JsonNode?> JsonLines =>
        Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)).ToList();
}
