using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Subscriptions;

/// <summary>GraphQL over Server-Sent Events (graphql-sse distinct connections mode) on the GraphQL paths.</summary>
public sealed class SseTests(TestEventsServerFixture fixture) : IClassFixture<TestEventsServerFixture>
{
    private readonly SermoServer _server = fixture.Server;

    internal static HttpRequestMessage EventStreamRequest(string query, string path = "/graphql", string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    [Fact]
    public async Task A_query_streams_one_next_event_then_complete()
    {
        using var http = _server.CreateClient();
        using var response = await http.SendAsync(EventStreamRequest("{ viewer { schema } }"), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var events = new SseReader(await response.Content.ReadAsStreamAsync());
        var next = await events.ReadAsync();
        Assert.Equal("next", next.Event);
        Assert.Equal("partner", JsonDocument.Parse(next.Data).RootElement.GetProperty("data").GetProperty("viewer").GetProperty("schema").GetString());
        Assert.Equal("complete", (await events.ReadAsync()).Event);
        Assert.Null(await events.ReadOrEndAsync());
    }

    [Fact]
    public async Task A_get_request_reads_its_parameters_from_the_query_string()
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query Q($more: Boolean!) { __typename viewer @include(if: $more) { schema } }") + "&operationName=Q&variables=" + Uri.EscapeDataString("{\"more\":true}"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var events = new SseReader(await response.Content.ReadAsStreamAsync());
        var data = JsonDocument.Parse((await events.ReadAsync()).Data).RootElement.GetProperty("data");
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
        Assert.Equal("partner", data.GetProperty("viewer").GetProperty("schema").GetString());
        Assert.Equal("complete", (await events.ReadAsync()).Event);
    }

    [Fact]
    public async Task A_body_that_is_not_a_graphql_request_is_refused_with_a_json_error()
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\": 1}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].TryGetProperty("message", out _));
    }

    [Fact]
    public async Task A_subscription_streams_published_events_and_stops_when_the_client_goes_away()
    {
        using var http = _server.CreateClient();
        using var response = await http.SendAsync(EventStreamRequest("subscription { testEvents(topic: \"sse\") { value } }"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var events = new SseReader(await response.Content.ReadAsStreamAsync());

        var first = events.ReadAsync();
        using var publisher = _server.CreateClient();
        var last = await TestEventPublisher.PublishUntilAsync(publisher, "sse", first);
        Assert.Equal("next", (await first).Event);

        await TestEventPublisher.PublishAsync(publisher, "sse", last + 1);
        var value = 0;
        while (value != last + 1)
        {
            var next = await events.ReadAsync();
            Assert.Equal("next", next.Event);
            value = JsonDocument.Parse(next.Data).RootElement.GetProperty("data").GetProperty("testEvents").GetProperty("value").GetInt32();
        }
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_refused_with_400_and_json_errors()
    {
        using var http = _server.CreateClient();
        using var response = await http.SendAsync(EventStreamRequest("subscription { nope }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_pharma_graph_needs_a_pharma_token_on_the_event_stream_too()
    {
        using var http = _server.CreateClient();
        using (var anonymous = await http.SendAsync(EventStreamRequest("{ viewer { schema } }", "/pharma/graphql")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var pharma = await http.SendAsync(
            EventStreamRequest("{ viewer { subject } }", "/pharma/graphql", _server.IssueToken("bi", SermoRoles.Pharma)),
            HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, pharma.StatusCode);
        await using var events = new SseReader(await pharma.Content.ReadAsStreamAsync());
        Assert.Equal("bi", JsonDocument.Parse((await events.ReadAsync()).Data).RootElement.GetProperty("data").GetProperty("viewer").GetProperty("subject").GetString());
    }
}
