using System.Diagnostics;
using System.Text.Json;
using Sermo.Api.Schemas;
using Sermo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sermo.Tests.Api.GraphQL;

/// <summary>graphql-http's own audit of the GraphQL-over-HTTP specification (61 audits: 13 MUST, 23 SHOULD,
/// 25 MAY), run by Node against the partner graph on a real server. Every audit must pass, warnings included.</summary>
[Collection(SermoServerCollection.Name)]
public sealed class GraphQLOverHttpAuditTests(SermoServerFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Passes_all_61_graphql_http_audits()
    {
        var root = RepositoryRoot.Path;
        var script = Path.Combine(root, "tools", "node", "graphql-http-audit.mjs");
        Assert.True(Directory.Exists(Path.Combine(root, "tools", "node", "node_modules", "graphql-http")),
            "tools/node/node_modules is missing: run scripts/install-test-deps.sh (npm ci in tools/node).");

        var report = await RunNodeAsync(script, new Uri(fixture.Server.BaseAddress, "/graphql").ToString());

        var ok = report.GetProperty("ok").GetInt32();
        var warn = report.GetProperty("warn").GetInt32();
        var error = report.GetProperty("error").GetInt32();
        output.WriteLine($"graphql-http audit: {ok} ok, {warn} warnings, {error} errors");
        var failures = report.GetProperty("results").EnumerateArray()
            .Where(result => result.GetProperty("status").GetString() != "ok")
            .Select(result => $"{result.GetProperty("id").GetString()} {result.GetProperty("name").GetString()}: {result.GetProperty("reason").GetString()}")
            .ToList();
        foreach (var failure in failures)
            output.WriteLine(failure);
        Assert.Empty(failures);
        Assert.Equal(61, ok);
    }

    private static async Task<JsonElement> RunNodeAsync(string script, string url)
    {
        var start = new ProcessStartInfo("node", [script, url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}: {await stderr}");
        using var document = JsonDocument.Parse(await stdout);
        return document.RootElement.Clone();
    }
}
