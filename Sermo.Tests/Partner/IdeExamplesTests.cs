using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Ide;
using Sermo.Api.Transport;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Validation;

namespace Sermo.Tests.Partner;

/// <summary>Every example the IDE opens validates against its graph and, run as it stands (its caller's development
/// token, its variables from the demo data), returns data without errors on both databases.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class IdeExamplesTests(PartnerGraphFixture fixture)
{
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Every_example_returns_data_on_the_demo_seed(string provider)
    {
        var server = fixture.Server(provider);
        var registry = server.Services.GetRequiredService<GraphQLSchemaRegistry>();
        var ran = 0;
        foreach (var endpoint in registry.Endpoints)
        {
            await using var scope = server.Services.CreateAsyncScope();
            foreach (var tab in await IdeTabs.ForAsync(scope.ServiceProvider, endpoint, CancellationToken.None))
            {
                Assert.Empty(DocumentValidator.Validate(endpoint.Schema, Parser.Parse(tab.Query)));
                if (tab.Query.TrimStart().StartsWith("subscription", StringComparison.Ordinal) || tab.Headers is null && tab.Variables is null && !tab.Query.Contains('#'))
                    continue; // Subscriptions wait for events; generated tabs carry placeholders, not demo data.
                using var client = server.CreateClient();
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Path.Value)
                {
                    Content = JsonContent.Create(new { query = tab.Query, variables = tab.Variables is null ? (JsonElement?)null : JsonDocument.Parse(tab.Variables).RootElement }),
                };
                if (tab.Headers is not null && JsonDocument.Parse(tab.Headers).RootElement.TryGetProperty("Authorization", out var authorization))
                    request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization.GetString()!);
                using var response = await client.SendAsync(request);
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                Assert.False(body.TryGetProperty("errors", out var errors), $"{provider}: the example\n{tab.Query}\nanswered errors: {errors}");
                Assert.True(LeafCount(body.GetProperty("data")) >= 2, $"{provider}: the example\n{tab.Query}\nreturned almost nothing: {body}");
                ran++;
            }
        }
        Assert.True(ran >= 3, $"Only {ran} examples ran.");
    }

    /// <summary>Non-null scalars in a result, so an example answering nulls and empty lists counts as returning nothing.</summary>
    private static int LeafCount(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(property => LeafCount(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(LeafCount),
        JsonValueKind.Null => 0,
        _ => 1,
    };
}
