using System.Diagnostics;
using Sermo.Api.Transport.Multipart;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.Http;

/// <summary>GraphQL over HTTP (GET and POST) as the GraphQL-over-HTTP specification describes it: media type
/// negotiation, a status for every failure (400, 405, 406, 413, 415), and request errors answered 400 under
/// <c>application/graphql-response+json</c> but 200 under <c>application/json</c>. Bad input never reaches a 500.</summary>
public sealed partial class GraphQLHttpHandler(GraphQLRequestReader reader, MultipartRequestReader multipart, ILogger<GraphQLHttpHandler> logger)
{
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

        // Files come only in a POST (the multipart request specification); a GET reads its query string as always.
        var (parameters, failure) = !isGet && MultipartRequestReader.IsMultipart(request.ContentType)
            ? await multipart.ReadAsync(context, endpoint)
            : await reader.ReadAsync(context);
        if (parameters is null)
        {
            var (status, message, code) = failure;
            await GraphQLResponseWriter.WriteErrorAsync(context, status, mediaType, message, code);
            return;
        }

        await ExecuteAsync(context, endpoint, parameters, mediaType, isGet);
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLSchemaEndpoint endpoint, GraphQLRequestParameters parameters, string mediaType, bool isGet)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = Telemetry.ActivitySource.StartActivity("graphql.request");
        activity?.SetTag("graphql.schema", endpoint.Name);
        activity?.SetTag("graphql.operation.name", parameters.OperationName);

        // GET may only query (it must stay safe to repeat); subscriptions need WebSocket or SSE.
        var allowed = isGet ? AllowedOperations.Query : AllowedOperations.Query | AllowedOperations.Mutation;
        var graphQLRequest = GraphQLRequestFactory.Create(context, parameters, context.User, allowed);
        var executed = await endpoint.Executor.ExecuteAsync(graphQLRequest, context.RequestAborted);
        await ResultDelivery.DeliverAsync(executed, new HttpResultSink(context, endpoint.Name, mediaType, isGet), context.RequestAborted);

        // Only the data went with the disposal; errors and the operation type stay readable for the logs.
        var result = (OperationResult)executed;
        var status = HttpResultSink.StatusFor(result, mediaType, isGet);
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
