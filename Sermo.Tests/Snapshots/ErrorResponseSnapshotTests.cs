using System.Net.Http.Headers;
using System.Text;
using Sermo.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Sermo.Tests.Snapshots;

/// <summary>What a partner's client receives for each kind of bad request, on the real graphs: status, headers and
/// body. A changed message or code is a change to the published API and shows as a snapshot diff.</summary>
public sealed class ErrorResponseSnapshotTests(SermoServerFixture fixture) : IClassFixture<SermoServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static TheoryData<string> Cases => [.. Requests.Keys];

    private static readonly Dictionary<string, Func<SermoServer, HttpRequestMessage>> Requests = new()
    {
        ["syntax-error"] = _ => Post("/graphql", """{"query":"{ viewer { schema "}"""),
        ["unknown-field"] = _ => Post("/graphql", """{"query":"{ viewer { schemas } }"}"""),
        ["unknown-operation-name"] = _ => Post("/graphql", """{"query":"query A { viewer { schema } }","operationName":"B"}"""),
        ["variable-of-the-wrong-type"] = _ => Post("/graphql", """{"query":"query($b: Boolean!) { viewer @include(if: $b) { schema } }","variables":{"b":"yes"}}"""),
        ["body-not-json"] = _ => Post("/graphql", "query { viewer { schema } }"),
        ["body-without-query"] = _ => Post("/graphql", """{"operationName":"A"}"""),
        ["form-media-type"] = _ => Post("/graphql", "query=%7B%20viewer%20%7D", "application/x-www-form-urlencoded"),
        ["mutation-over-get"] = _ => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=mutation%20%7B%20suspendPhysician%28input%3A%20%7B%20physicianId%3A%20%22x%22%20%7D%29%20%7B%20errors%20%7B%20code%20%7D%20%7D%20%7D") { Headers = { Accept = { new(GraphQLResponse) } } },
        ["forged-token"] = _ => WithToken(Post("/graphql", """{"query":"{ viewer { schema } }"}"""), "forged.token.value"),
        ["pharma-without-token"] = _ => Post("/pharma/graphql", """{"query":"{ viewer { schema } }"}"""),
        ["pharma-with-an-agency-token"] = server => WithToken(Post("/pharma/graphql", """{"query":"{ viewer { schema } }"}"""), server.IssueToken("snapshot-agency", "agency")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Error_response(string name)
    {
        using var client = fixture.Server.CreateClient();
        using var request = Requests[name](fixture.Server);
        using var response = await client.SendAsync(request);

        Snapshot.Match(await SnapshotResponse.OfAsync(response), new SnapshotNameExtension(name));
    }

    private static HttpRequestMessage Post(string path, string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        return request;
    }

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
