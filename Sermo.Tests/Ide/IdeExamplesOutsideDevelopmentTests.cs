using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Sermo.GraphQL.Relay;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Ide;

/// <summary>The IDE page is served in every environment, but only Development may fill its examples from the database
/// (a real member's id, the demo member's rated drug, an unvoted poll) and hand out development tokens; elsewhere the
/// examples carry placeholders of the right shape and no headers.</summary>
public sealed partial class IdeExamplesOutsideDevelopmentTests
{
    [Fact]
    public async Task Outside_development_the_examples_carry_placeholders_and_no_tokens()
    {
        await using var server = SermoServer.Start(new Dictionary<string, string?>
        {
            [WebHostDefaults.EnvironmentKey] = "Production",
            ["Database:SeedDemoWhenEmpty"] = "true",
        });
        var (tabs, html) = await TabsAsync(server);
        var ids = server.Services.GetRequiredService<GlobalIdCodec>();

        Assert.DoesNotContain("Bearer", html, StringComparison.Ordinal);
        var withVariables = tabs.Where(t => t.GetProperty("variables").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(withVariables);
        foreach (var tab in withVariables)
            foreach (var value in Strings(JsonDocument.Parse(tab.GetProperty("variables").GetString()!).RootElement))
                Assert.False(ids.TryDecode(value, out _), $"A variable of an example carries the id {value} read from the database:\n{tab.GetProperty("query")}");
    }

    [Fact]
    public async Task In_development_the_examples_carry_demo_ids_and_development_tokens()
    {
        await using var server = SermoServer.Start(new Dictionary<string, string?> { ["Database:SeedDemoWhenEmpty"] = "true" });
        var (tabs, html) = await TabsAsync(server);
        var ids = server.Services.GetRequiredService<GlobalIdCodec>();

        Assert.Contains("Bearer ", html, StringComparison.Ordinal);
        Assert.Contains(tabs.Where(t => t.GetProperty("variables").ValueKind == JsonValueKind.String),
            tab => Strings(JsonDocument.Parse(tab.GetProperty("variables").GetString()!).RootElement).Any(value => ids.TryDecode(value, out _)));
    }

    private static async Task<(IReadOnlyList<JsonElement> Tabs, string Html)> TabsAsync(SermoServer server)
    {
        using var http = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html);
        var settings = JsonDocument.Parse(SettingsElement().Match(html).Groups[1].Value).RootElement;
        return ([.. settings.GetProperty("tabs").EnumerateArray()], html);
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Object => value.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex("<script id=\"sermo-graphiql-settings\" type=\"application/json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SettingsElement();
}
