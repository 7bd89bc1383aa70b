using System.Net.Http.Json;
using Sermo.GraphQL.Utilities;
using Sermo.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Sermo.Tests.Snapshots;

/// <summary>The full introspection answer of each graph, as a client tool receives it over HTTP. Any change to a
/// type, field, argument, description or deprecation shows as a diff of the snapshot (`docs/testing.md` says how
/// to accept one).</summary>
public sealed class IntrospectionSnapshotTests(SermoServerFixture fixture) : IClassFixture<SermoServerFixture>
{
    [Fact]
    public async Task Partner_graph_introspection()
    {
        using var client = fixture.Server.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = IntrospectionQuery.Text });

        Snapshot.Match(await SnapshotResponse.OfAsync(response));
    }

    [Fact]
    public async Task Pharma_graph_introspection()
    {
        using var client = fixture.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/pharma/graphql") { Content = JsonContent.Create(new { query = IntrospectionQuery.Text }) };
        request.Headers.Authorization = new("Bearer", fixture.Server.IssueToken("snapshot-analyst", "pharma"));
        using var response = await client.SendAsync(request);

        Snapshot.Match(await SnapshotResponse.OfAsync(response));
    }
}
