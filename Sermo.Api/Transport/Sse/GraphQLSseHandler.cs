using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Sermo.Api.Transport.Http;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.Sse;

/// <summary>GraphQL over Server-Sent Events (graphql-sse, distinct connections mode) for clients that cannot
/// open sockets: one request (GET or POST, read like GraphQL over HTTP), one operation; each result is a
/// <c>next</c> event, the end a <c>complete</c> event; closing the response stops the operation. Requests that
/// cannot run (bad parameters, invalid document) get a JSON error response instead of a stream.</summary>
public sealed class GraphQLSseHandler(GraphQLHttpHandler http, IOptions<SubscriptionOptions> options)
{
    private readonly TimeSpan _keepAliveInterval = options.Value.KeepAliveInterval;

    /// <summary>Whether the Accept header lists <c>text/event-stream</c>. Most requests do not name it at all, and
    /// those are told apart without parsing the header.</summary>
    public static bool IsEventStreamRequest(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains(EventStream, StringComparison.OrdinalIgnoreCase) == true)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase));

    private const string EventStream = "text/event-stream";

    public async Task HandleAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json,
                $"Event streams are requested with GET or POST, not {context.Request.Method}.", TransportErrorCodes.MethodNotAllowed);
            return;
        }

        var (parameters, failure) = await http.ReadParametersAsync(context);
        if (parameters is null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, failure.Status, GraphQLMediaTypes.Json, failure.Message, failure.Code);
            return;
        }

        var aborted = context.RequestAborted;
        await using var result = await endpoint.Executor.ExecuteAsync(GraphQLRequestFactory.Create(context, parameters, context.User), aborted);
        if (result is OperationResult { IsRequestError: true } rejected)
        {
            await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, GraphQLMediaTypes.Json, rejected);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await context.Response.Body.FlushAsync(aborted);

        var stream = new SseEventWriter(context.Response.Body);
        try
        {
            switch (result)
            {
                case OperationResult single:
                    await stream.WriteNextAsync(single, aborted);
                    break;
                case ResponseStream results:
                    await using (new SseKeepAlive(stream, _keepAliveInterval, aborted))
                    {
                        await foreach (var next in results.Results.WithCancellation(aborted))
                        {
                            // Released once written, so the next event builds its result from the same objects.
                            await using (next)
                                await stream.WriteNextAsync(next, aborted);
                        }
                    }

                    break;
            }

            await stream.WriteCompleteAsync(aborted);
        }
        catch (Exception exception) when (aborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The client went away: disposing the result stops the operation.
        }
    }

    /// <summary>Writes SSE events one at a time (results and keep-alive comments may race).</summary>
    private sealed class SseEventWriter(Stream body)
    {
        private static readonly byte[] NextHeader = "event: next\ndata: "u8.ToArray();
        private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();
        private static readonly byte[] Comment = ":\n\n"u8.ToArray();
        private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
        private readonly SemaphoreSlim _lock = new(1, 1);

        public async Task WriteNextAsync(OperationResult result, CancellationToken cancellationToken)
        {
            // Compact JSON has no raw line breaks (they are escaped inside strings), so one data line holds it.
            using var buffer = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                ResultJsonWriter.Write(writer, result);
            }

            await WriteAsync(cancellationToken, NextHeader, buffer.ToArray(), EventEnd);
        }

        public Task WriteCompleteAsync(CancellationToken cancellationToken) => WriteAsync(cancellationToken, Complete);

        public Task WriteCommentAsync(CancellationToken cancellationToken) => WriteAsync(cancellationToken, Comment);

        private async Task WriteAsync(CancellationToken cancellationToken, params byte[][] parts)
        {
            await _lock.WaitAsync(cancellationToken);
            try
            {
                foreach (var part in parts)
                {
                    await body.WriteAsync(part, cancellationToken);
                }

                await body.FlushAsync(cancellationToken);
            }
            finally
            {
                _lock.Release();
            }
        }
    }

    /// <summary>A comment line every interval while a stream is open, so proxies keep the response alive.</summary>
    private sealed class SseKeepAlive : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop;
        private readonly Task _loop;

        public SseKeepAlive(SseEventWriter stream, TimeSpan interval, CancellationToken aborted)
        {
            _stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            _loop = RunAsync(stream, interval, _stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }

        private static async Task RunAsync(SseEventWriter stream, TimeSpan interval, CancellationToken cancellationToken)
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(cancellationToken))
                {
                    await stream.WriteCommentAsync(cancellationToken);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                // Stopped, or the client went away.
            }
        }
    }
}
