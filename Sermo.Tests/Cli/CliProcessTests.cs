using System.Diagnostics;

namespace Sermo.Tests.Cli;

/// <summary>The one test that runs the built tool as its own process: the real entry point, real standard
/// streams, and the exit code as the shell sees it. Every other CLI test runs in-process.</summary>
public sealed class CliProcessTests
{
    [Fact]
    public async Task The_built_tool_serves_jsonl_over_its_standard_streams()
    {
        // The project reference puts the tool beside the tests; DOTNET_HOST_PATH is the host running them.
        var tool = Path.Combine(AppContext.BaseDirectory, "sermo-graphql.dll");
        Assert.True(File.Exists(tool), $"{tool} is missing: Sermo.Tests must reference tools/Sermo.GraphQL.Cli");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [tool, "parse", "--jsonl"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(CliJson.Line(document: "{a}"));
        await process.StandardInput.WriteLineAsync(CliJson.Line(document: "{"));
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        CliJson.Equal("""{"document":"{\n  a\n}"}""", System.Text.Json.Nodes.JsonNode.Parse(lines[0]));
        Assert.Contains("\"errors\"", lines[1]);
    }
}
