using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sermo.Api.Hosting;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.Http;

/// <summary>GraphQL over HTTP (GET and POST) as the GraphQL-over-HTTP specification describes it: media type
/// negotiation, a status for every failure (400, 405, 406, 413, 415), and request errors answered 400 under
/// <c>application/graphql-response+json</c> but 200 under <c>application/json</c>. Bad input never reaches a 500.</summary>
public sealed partial class GraphQLHttpHandler(IOptions<GraphQLOptions> options, ILogger<GraphQLHttpHandler> logger)
{
    private readonly long _maxRequestBytes = options.Value.MaxRequestBytes;

    public async Task HandleAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json,
                $"GraphQL requests use GET (queries) or POST, not {request.Method}.", TransportErrorCodes.MethodNotAllowed);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"The Accept header allows neither {GraphQLMediaTypes.GraphQLResponseJson} nor {GraphQLMediaTypes.Json}.", TransportErrorCodes.NotAcceptable);
            return;
        }

        var (parameters, failure) = isGet ? ReadQueryString(request) : await ReadBodyAsync(context);
        if (parameters is null)
        {
            var (status, message, code) = failure;
            await GraphQLResponseWriter.WriteErrorAsync(context, status, mediaType, message, code);
            return;
        }

        await ExecuteAsync(context, endpoint, parameters, mediaType, isGet);
    }

    /// <summary>Reads a request's GraphQL parameters exactly as GraphQL over HTTP does (GET query string, or a
    /// size-limited JSON body), for the other transports on the same path (SSE); failures carry their status.</summary>
    internal async Task<(GraphQLRequestParameters? Parameters, (int Status, string Message, string Code) Failure)> ReadParametersAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) ? ReadQueryString(context.Request) : await ReadBodyAsync(context);

    private async Task ExecuteAsync(HttpContext context, GraphQLSchemaEndpoint endpoint, GraphQLRequestParameters parameters, string mediaType, bool isGet)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = Telemetry.ActivitySource.StartActivity("graphql.request");
        activity?.SetTag("graphql.schema", endpoint.Name);
        activity?.SetTag("graphql.operation.name", parameters.OperationName);

        // GET may only query (it must stay safe to repeat); subscriptions need WebSocket or SSE.
        var allowed = isGet ? AllowedOperations.Query : AllowedOperations.Query | AllowedOperations.Mutation;
        var graphQLRequest = GraphQLRequestFactory.Create(context, parameters, context.User, allowed);
        await using var executed = await endpoint.Executor.ExecuteAsync(graphQLRequest, context.RequestAborted);
        var result = executed as OperationResult
            ?? throw new InvalidOperationException($"Schema '{endpoint.Name}' answered an HTTP request with a stream; only OperationResult is expected when subscriptions are not allowed.");

        var status = StatusFor(result, mediaType, isGet);
        if (status == StatusCodes.Status405MethodNotAllowed)
            context.Response.Headers.Allow = "POST";
        await GraphQLResponseWriter.WriteAsync(context, status, mediaType, result);

        var elapsed = Stopwatch.GetElapsedTime(started);
        var codes = ErrorCodesOf(result);
        if (activity is not null)
        {
            activity.SetTag("graphql.operation.type", result.OperationType?.ToString().ToLowerInvariant());
            activity.SetTag("graphql.error.codes", codes);
            if (result.IsRequestError)
                activity.SetStatus(ActivityStatusCode.Error, codes.Length == 0 ? null : codes[0]);
        }
        Record(endpoint.Name, parameters.OperationName, status, elapsed, result.Errors);
        LogCompleted(logger, endpoint.Name, parameters.OperationName ?? "(anonymous)", status, elapsed.TotalMilliseconds, codes.Length == 0 ? "none" : string.Join(",", codes));
    }

    /// <summary>Request errors (no data: syntax, validation, variables, operation selection) are 400 under the
    /// GraphQL media type and 200 under plain JSON; a non-query over GET is 405 under either.</summary>
    private static int StatusFor(OperationResult result, string mediaType, bool isGet)
    {
        if (!result.IsRequestError)
            return StatusCodes.Status200OK;
        if (isGet && result.Errors.Any(error => error.Code == ErrorCodes.OperationNotAllowed))
            return StatusCodes.Status405MethodNotAllowed;
        return mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static (GraphQLRequestParameters?, (int, string, string)) ReadQueryString(HttpRequest request) =>
        GraphQLRequestParameters.TryParse(request.Query, out var parameters, out var error)
            ? (parameters, default)
            : (null, (StatusCodes.Status400BadRequest, error, ErrorCodes.BadRequest));

    private async Task<(GraphQLRequestParameters?, (int, string, string))> ReadBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (!GraphQLMediaTypes.IsJsonRequest(request.ContentType))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType,
                $"POST bodies must be {GraphQLMediaTypes.Json} (UTF-8); got '{request.ContentType}'.", TransportErrorCodes.UnsupportedMediaType));
        }
        if (request.ContentLength > _maxRequestBytes)
            return (null, TooLarge());

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            var body = read.Buffer;
            if (body.Length > _maxRequestBytes)
            {
                reader.AdvanceTo(body.End);
                return (null, TooLarge());
            }
            if (!read.IsCompleted)
            {
                reader.AdvanceTo(body.Start, body.End);
                continue;
            }
            try
            {
                return Parse(body);
            }
            finally
            {
                reader.AdvanceTo(body.End);
            }
        }
    }

    private static (GraphQLRequestParameters?, (int, string, string)) Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
            return (null, (StatusCodes.Status400BadRequest, "The request body is empty: send a JSON object with a 'query'.", ErrorCodes.BadRequest));
        try
        {
            using var document = ClientJson.Parse(body);
            return GraphQLRequestParameters.TryParse(document.RootElement, out var parameters, out var error)
                ? (parameters, default)
                : (null, (StatusCodes.Status400BadRequest, error, ErrorCodes.BadRequest));
        }
        catch (JsonException exception)
        {
            return (null, (StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}", ErrorCodes.BadRequest));
        }
    }

    private (int, string, string) TooLarge() =>
        (StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {_maxRequestBytes} bytes.", TransportErrorCodes.RequestTooLarge);

    private static string[] ErrorCodesOf(OperationResult result) =>
        result.Errors.Count == 0 ? [] : result.Errors.Select(error => error.Code ?? "UNKNOWN").Distinct().ToArray();

    private static void Record(string schema, string? operationName, int status, TimeSpan elapsed, IReadOnlyList<GraphQLError> errors)
    {
        if (Telemetry.GraphQLRequestDuration.Enabled)
        {
            Telemetry.GraphQLRequestDuration.Record(elapsed.TotalSeconds,
                new KeyValuePair<string, object?>("graphql.schema", schema),
                new KeyValuePair<string, object?>("graphql.operation.name", operationName),
                new KeyValuePair<string, object?>("http.response.status_code", status));
        }
        if (Telemetry.GraphQLErrors.Enabled)
        {
            foreach (var error in errors)
            {
                Telemetry.GraphQLErrors.Add(1,
                    new KeyValuePair<string, object?>("graphql.schema", schema),
                    new KeyValuePair<string, object?>("graphql.error.code", error.Code ?? "UNKNOWN"));
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {Schema} {OperationName} answered {StatusCode} in {DurationMs:0.000} ms; error codes: {ErrorCodes}")]
    private static partial void LogCompleted(ILogger logger, string schema, string operationName, int statusCode, double durationMs, string errorCodes);
}
