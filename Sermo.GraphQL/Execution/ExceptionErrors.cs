namespace Sermo.GraphQL.Execution;

/// <summary>The one place an exception from execution becomes a response error: its own error for a
/// <see cref="GraphQLException"/>, the host's <see cref="IErrorFilter"/>'s verdict, or "Unexpected error."
/// (with the exception's message and stack only under <see cref="RequestExecutorOptions.IncludeExceptionDetails"/>).</summary>
internal static class ExceptionErrors
{
    public const string UnexpectedMessage = "Unexpected error.";

    private static readonly IReadOnlyDictionary<string, object?> UnexpectedCode =
        new Dictionary<string, object?>(1) { ["code"] = ErrorCodes.ResolverError }.AsReadOnly();

    private static readonly IReadOnlyDictionary<string, object?> CancelledCode =
        new Dictionary<string, object?>(1) { ["code"] = ErrorCodes.Cancelled }.AsReadOnly();

    /// <param name="requestAborted">The request's own token (client and timeout): an exception it caused is the
    /// cancellation of the request, which the executor reports for the whole response; the filter never sees it.</param>
    public static GraphQLError From(
        Exception exception,
        RequestExecutorOptions options,
        CancellationToken requestAborted,
        ErrorFilterContext context,
        IReadOnlyList<ErrorLocation>? locations,
        string unexpectedMessage = UnexpectedMessage)
    {
        var path = context.Path;
        if (exception is GraphQLException graphQLException)
            return Locate(graphQLException.Error, locations, path, graphQLException.Error.Exception);

        if (exception is OperationCanceledException && requestAborted.IsCancellationRequested)
            return new GraphQLError("The request was cancelled.", locations, path, CancelledCode, exception);

        if (options.ErrorFilter is { } filter)
        {
            GraphQLError? filtered;
            try
            {
                filtered = filter.OnException(exception, context);
            }
            catch (Exception filterFailure)
            {
                // A broken filter must not break the response: the original failure is reported as unexpected,
                // with both exceptions kept for the logs.
                return Unexpected(new AggregateException(exception, filterFailure), options, locations, path, unexpectedMessage);
            }
            if (filtered is not null)
                return Locate(filtered, locations, path, filtered.Exception ?? exception);
        }
        return Unexpected(exception, options, locations, path, unexpectedMessage);
    }

    private static GraphQLError Unexpected(
        Exception exception, RequestExecutorOptions options, IReadOnlyList<ErrorLocation>? locations, IReadOnlyList<object>? path, string message)
    {
        if (!options.IncludeExceptionDetails)
            return new GraphQLError(message, locations, path, UnexpectedCode, exception);
        return new GraphQLError(exception.Message, locations, path, new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.ResolverError,
            ["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["stackTrace"] = exception.StackTrace,
            },
        }, exception);
    }

    /// <summary>An error with the field's locations and path filled in when it has none.</summary>
    public static GraphQLError Locate(GraphQLError error, IReadOnlyList<ErrorLocation>? locations, IReadOnlyList<object>? path, Exception? exception)
    {
        if ((error.Locations is not null || locations is null) && (error.Path is not null || path is null) && ReferenceEquals(error.Exception, exception))
            return error;
        return new GraphQLError(error.Message, error.Locations ?? locations, error.Path ?? path, error.Extensions, exception);
    }
}
