using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.Http;

/// <summary>Writes the one response of a GraphQL-over-HTTP request with its status. A struct, so the request path
/// allocates nothing for it.</summary>
internal readonly struct HttpResultSink(HttpContext context, string schemaName, string mediaType, bool isGet) : IResultSink
{
    public Task RejectAsync(OperationResult rejected) => SendAsync(rejected);

    public Task OpenAsync(ExecutionResult executed) => executed is OperationResult
        ? Task.CompletedTask
        : throw new InvalidOperationException($"Schema '{schemaName}' answered an HTTP request with a stream; only OperationResult is expected when subscriptions are not allowed.");

    public Task SendAsync(OperationResult result)
    {
        var status = StatusFor(result, mediaType, isGet);
        if (status == StatusCodes.Status405MethodNotAllowed)
            context.Response.Headers.Allow = "POST";
        return GraphQLResponseWriter.WriteAsync(context, status, mediaType, result);
    }

    public Task CompleteAsync() => Task.CompletedTask;

    /// <summary>Request errors (no data: syntax, validation, variables, operation selection) are 400 under the
    /// GraphQL media type and 200 under plain JSON; a non-query over GET is 405 under either.</summary>
    public static int StatusFor(OperationResult result, string mediaType, bool isGet)
    {
        if (!result.IsRequestError)
            return StatusCodes.Status200OK;
        if (isGet && result.Errors.Any(error => error.Code == ErrorCodes.OperationNotAllowed))
            return StatusCodes.Status405MethodNotAllowed;
        return mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }
}
