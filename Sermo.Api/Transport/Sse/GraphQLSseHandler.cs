using Microsoft.Extensions.Options;
using Sermo.Api.Auth;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.Sse;

/// <summary>GraphQL over Server-Sent Events (graphql-sse, distinct connections mode) for clients that cannot
/// open sockets: one request (GET or POST, read like GraphQL over HTTP), one operation; each result is a
/// <c>next</c> event, the end a <c>complete</c> event; closing the response stops the operation. Requests that
/// cannot run (bad parameters, invalid document) get a JSON error response instead of a stream. A stream
/// authenticated by a bearer token ends when the token does, with an <c>AUTH_NOT_AUTHENTICATED</c> error.</summary>
public sealed class GraphQLSseHandler(
    GraphQLRequestReader reader,
    IOptions<SubscriptionOptions> options,
    JwtBearerTokenValidator tokens,
    TimeProvider time)
{
    private readonly TimeSpan _keepAliveInterval = options.Value.KeepAliveInterval;

    /// <summary>Whether the Accept header lists <c>text/event-stream</c>. Most requests do not name it at all, and
    /// those are told apart without parsing the header.</summary>
    public static bool IsEventStreamRequest(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains(EventStream, StringComparison.OrdinalIgnoreCase) == true)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase));

    internal const string EventStream = "text/event-stream";

    public async Task HandleAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json,
                $"Event streams are requested with GET or POST, not {context.Request.Method}.", TransportErrorCodes.MethodNotAllowed);
            return;
        }

        var (parameters, failure) = await reader.ReadAsync(context);
        if (parameters is null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, failure.Status, GraphQLMediaTypes.Json, failure.Message, failure.Code);
            return;
        }

        var aborted = context.RequestAborted;
        var caller = tokens.CallerOf(context);
        var executed = await endpoint.Executor.ExecuteAsync(GraphQLRequestFactory.Create(context, parameters, caller.User), aborted);
        var sink = new SseResultSink(context, _keepAliveInterval);
        using var delivery = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var expiry = executed is ResponseStream && caller.ExpiresAt is { } expiresAt
            ? EndAtExpiryAsync(expiresAt, sink, delivery)
            : Task.CompletedTask;
        try
        {
            try
            {
                await ResultDelivery.DeliverAsync(executed, sink, delivery.Token);
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                // Stopped at the token's expiry (the only other cancellation): the delivery disposed the result,
                // which stopped the subscription, and the client learns why.
                await sink.CompleteAsync();
            }
        }
        catch (Exception exception) when (aborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The client went away: the delivery disposed the result, which stops the operation.
        }
        finally
        {
            await delivery.CancelAsync();
            await expiry;
            await sink.StopKeepAliveAsync();
        }
    }

    private async Task EndAtExpiryAsync(DateTimeOffset expiresAt, SseResultSink sink, CancellationTokenSource delivery)
    {
        try
        {
            await CredentialExpiry.WaitAsync(expiresAt, time, delivery.Token);
        }
        catch (OperationCanceledException)
        {
            return; // The stream ended first.
        }

        sink.EndWith(new GraphQLError("The bearer token expired.",
            extensions: new Dictionary<string, object?> { ["code"] = AuthErrorCodes.NotAuthenticated }));
        await delivery.CancelAsync();
    }
}
