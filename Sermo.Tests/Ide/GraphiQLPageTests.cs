using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sermo.Api.Transport;
using Sermo.Api.Ide;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Validation;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Sermo.Tests.Ide;

/// <summary>The GraphiQL page a browser gets at the GraphQL paths, its offline assets and its examples.</summary>
public sealed partial class GraphiQLPageTests(TestEventsServerFixture fixture) : IClassFixture<TestEventsServerFixture>
{
    private readonly SermoServer _server = fixture.Server;

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/pharma/graphql")]
    public async Task A_browser_gets_the_ide_page_which_loads_only_assets_of_this_host(string path)
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        var sources = SourceAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, sources.Count);
        foreach (var source in sources)
        {
            Assert.StartsWith("/graphiql/", source);
            using var asset = await http.GetAsync(source);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 10_000, $"{source} is suspiciously small.");
        }

        var settings = JsonDocument.Parse(SettingsElement().Match(html).Groups[1].Value).RootElement;
        Assert.Equal(path, settings.GetProperty("url").GetString());
        Assert.NotEqual(0, settings.GetProperty("tabs").GetArrayLength());
    }

    [Fact]
    public async Task A_graphql_client_on_the_same_path_still_gets_graphql()
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_example_operations_are_valid_against_each_graph()
    {
        var registry = _server.Services.GetRequiredService<GraphQLSchemaRegistry>();
        foreach (var endpoint in registry.Endpoints)
        {
            var examples = GraphiQLExamples.For(endpoint.Schema);
            Assert.Contains(examples, e => e.Query.StartsWith("query ", StringComparison.Ordinal));
            Assert.Contains(examples, e => e.Query.StartsWith("subscription OnTestEvents($topic: String!)", StringComparison.Ordinal));
            foreach (var example in examples)
            {
                Assert.Empty(DocumentValidator.Validate(endpoint.Schema, Parser.Parse(example.Query)));
                if (example.Variables is not null)
                {
                    Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(example.Variables).RootElement.ValueKind);
                }
            }
        }
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex("<script id=\"sermo-graphiql-settings\" type=\"application/json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SettingsElement();
}
