using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sermo.Domain;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Errors;

/// <summary>What the graphs answer when a resolver throws. A refused domain rule keeps its stable code and its
/// message (written for the caller); a lost optimistic-concurrency check is <see cref="HostErrorCodes.ConcurrentChange"/>;
/// a data source that timed out or cancelled on its own is <see cref="ErrorCodes.Timeout"/> (logged as a warning).
/// Anything else is "Unexpected error." with the request's id in <c>extensions.requestId</c>, never the
/// exception's text, and is logged at error level once (inside the request, so the line carries its
/// <c>RequestId</c>; an exception shared by many fields, such as a failed DataLoader batch, is logged once).</summary>
public sealed partial class SermoErrorFilter(IHttpContextAccessor httpContextAccessor, ILogger<SermoErrorFilter> logger) : IErrorFilter
{
    public const string UnexpectedMessage = "Unexpected error.";

    private static readonly object Logged = new();
    private readonly ConditionalWeakTable<Exception, object> _logged = [];

    public GraphQLError? OnException(Exception exception, ErrorFilterContext context)
    {
        switch (exception)
        {
            case DomainRuleException rule:
                return Error(rule.Message, rule.Code);
            case DbUpdateConcurrencyException:
                return Error("The data was changed by someone else since it was read: read it again and retry.", HostErrorCodes.ConcurrentChange);
            // The request's own cancellation never gets here (the engine reports it for the whole response): this
            // is a database command, an HTTP call or a token of the resolver's own that gave up.
            case TimeoutException or OperationCanceledException:
                if (_logged.TryAdd(exception, Logged))
                    LogTimedOut(logger, exception, context.FieldCoordinate ?? "(no field)", Describe(context.Path));
                return Error("A data source did not answer in time.", ErrorCodes.Timeout);
        }

        if (_logged.TryAdd(exception, Logged))
            LogUnexpected(logger, exception, context.FieldCoordinate ?? "(no field)", Describe(context.Path));
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError };
        if (httpContextAccessor.HttpContext?.TraceIdentifier is { } requestId)
            extensions["requestId"] = requestId;
        return new GraphQLError(UnexpectedMessage, extensions: extensions);
    }

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>A result path as a caller would write it: <c>viewer.cases[2].title</c>.</summary>
    private static string Describe(IReadOnlyList<object>? path)
    {
        if (path is null || path.Count == 0)
            return "(none)";
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
                text.Append('[').Append(index).Append(']');
            else
                text.Append(text.Length == 0 ? "" : ".").Append(segment);
        }
        return text.ToString();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unexpected error in {Field} at {Path}; the caller was told \"Unexpected error.\"")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string field, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A data source timed out in {Field} at {Path}")]
    private static partial void LogTimedOut(ILogger logger, Exception exception, string field, string path);
}
