using System.Diagnostics;
using System.Text.Json;
using Sermo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sermo.Tests.Subscriptions;

/// <summary>The npm <c>graphql-ws</c> client (the reference implementation of graphql-transport-ws) subscribes
/// to the real server with a token in its connection params and receives what another client publishes.</summary>
public sealed class GraphQLWsClientTests(TestEventsServerFixture fixture, ITestOutputHelper output) : IClassFixture<TestEventsServerFixture>
{
    private readonly SermoServer _server = fixture.Server;

    [Fact]
    public async Task The_graphql_ws_client_receives_published_events_in_order_and_completes()
    {
        var root = RepositoryRoot.Path;
        var tools = Path.Combine(root, "tools", "node");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "graphql-ws")),
            "tools/node/node_modules is missing: run scripts/install-test-deps.sh (npm ci in tools/node).");
        var url = new UriBuilder(new Uri(_server.BaseAddress, "/graphql")) { Scheme = "ws" }.Uri.ToString();
        var start = new ProcessStartInfo("node", ["graphql-ws-subscribe.mjs", url, "subscription { testEvents(topic: \"npm\") { topic value } }", "3", _server.IssueToken("npm-client")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = tools,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var stderr = node.StandardError.ReadToEndAsync(timeout.Token);
            var connected = await node.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.Equal("{\"connected\":true}", connected);

            // Publish until the first result arrives, then exactly two more: the client must see them in order.
            using var http = _server.CreateClient();
            var firstLine = node.StandardOutput.ReadLineAsync(timeout.Token).AsTask();
            var last = await TestEventPublisher.PublishUntilAsync(http, "npm", firstLine);
            var results = new List<JsonElement> { Parse(await firstLine) };
            await TestEventPublisher.PublishAsync(http, "npm", last + 1);
            await TestEventPublisher.PublishAsync(http, "npm", last + 2);
            while (results.Count < 3)
            {
                results.Add(Parse(await node.StandardOutput.ReadLineAsync(timeout.Token)));
            }

            await node.WaitForExitAsync(timeout.Token);
            output.WriteLine(await stderr);
            Assert.Equal(0, node.ExitCode);
            var values = results.Select(r => r.GetProperty("data").GetProperty("testEvents").GetProperty("value").GetInt32()).ToList();
            Assert.Equal(Enumerable.Range(values[0], 3), values);
            Assert.All(results, r => Assert.Equal("npm", r.GetProperty("data").GetProperty("testEvents").GetProperty("topic").GetString()));
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill();
            }
        }
    }

    private static JsonElement Parse(string? line)
    {
        Assert.False(string.IsNullOrEmpty(line), "The graphql-ws client ended without a result.");
        var result = JsonDocument.Parse(line).RootElement.Clone();
        Assert.False(result.TryGetProperty("clientError", out var error), $"graphql-ws client error: {error}");
        return result;
    }
}
