using Microsoft.AspNetCore.Http;
using Sermo.Api.Transport.Sse;

namespace Sermo.Tests.Subscriptions;

/// <summary>Which requests on a GraphQL path are event streams: the Accept header must list text/event-stream as
/// a media type (any case, any position), not merely contain the text.</summary>
public sealed class EventStreamRequestTests
{
    [Theory]
    [InlineData("text/event-stream", true)]
    [InlineData("application/json, TEXT/Event-Stream;q=0.5", true)]
    [InlineData("application/json", false)]
    [InlineData("application/graphql-response+json, */*", false)]
    [InlineData("text/event-streams", false)]
    [InlineData("application/json; note=\"text/event-stream\"", false)]
    [InlineData(null, false)]
    public void Recognises_event_stream_requests_by_their_accept_header(string? accept, bool expected)
    {
        var context = new DefaultHttpContext();
        if (accept is not null)
            context.Request.Headers.Accept = accept;
        Assert.Equal(expected, GraphQLSseHandler.IsEventStreamRequest(context.Request));
    }
}
