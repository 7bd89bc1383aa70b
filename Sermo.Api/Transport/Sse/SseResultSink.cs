using Microsoft.AspNetCore.Http.Features;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.Sse;

/// <summary>Writes an operation's results as graphql-sse events: a request error as a plain JSON 400 (no stream was
/// opened), otherwise the event-stream headers, a <c>next</c> event per result and a <c>complete</c> event, with
/// keep-alive comments while a subscription's stream is open.</summary>
internal sealed class SseResultSink(HttpContext context, TimeSpan keepAliveInterval) : IResultSink
{
    private SseEventWriter? _events;
    private SseKeepAlive? _keepAlive;
    private GraphQLError? _finalError;

    private SseEventWriter Events => _events ?? throw new InvalidOperationException("The event stream is not open yet.");

    public Task RejectAsync(OperationResult rejected) =>
        GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, GraphQLMediaTypes.Json, rejected);

    public async Task OpenAsync(ExecutionResult executed)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLSseHandler.EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(context.RequestAborted);

        _events = new SseEventWriter(response.Body);
        if (executed is ResponseStream)
            _keepAlive = new SseKeepAlive(_events, keepAliveInterval, context.RequestAborted);
    }

    public Task SendAsync(OperationResult result) => Events.WriteNextAsync(result, context.RequestAborted);

    public async Task CompleteAsync()
    {
        await StopKeepAliveAsync();
        if (Volatile.Read(ref _finalError) is { } error)
        {
            await using var result = OperationResult.FromError(error);
            await Events.WriteNextAsync(result, context.RequestAborted);
        }

        await Events.WriteCompleteAsync(context.RequestAborted);
    }

    /// <summary>The stream is being stopped for <paramref name="error"/>: it is the last event before <c>complete</c>.</summary>
    public void EndWith(GraphQLError error) => Volatile.Write(ref _finalError, error);

    /// <summary>Stops the keep-alive comments (once; also when the delivery failed or the client went away).</summary>
    public async ValueTask StopKeepAliveAsync()
    {
        if (Interlocked.Exchange(ref _keepAlive, null) is { } keepAlive)
            await keepAlive.DisposeAsync();
    }
}
