namespace Sermo.GraphQL.Execution;

/// <summary>Turns an exception raised while executing (by a resolver, a field middleware, a subscription's
/// event stream, or a serializer) into the error the response reports. The host knows its own exceptions:
/// a refused domain rule or a lost concurrent update becomes an error with its own <c>extensions.code</c> and a
/// message written for the caller. Exceptions it does not know are left to the engine (return null), which
/// reports "Unexpected error." with code <see cref="ErrorCodes.ResolverError"/>. Either way the error keeps the
/// exception (<see cref="GraphQLError.Exception"/>) for logs. Not called for a <see cref="GraphQLException"/>
/// (it carries its error already) nor for the cancellation of the request itself (the client left or the
/// request timed out: the whole response says so instead). Called concurrently by parallel requests.</summary>
public interface IErrorFilter
{
    /// <summary>The error to report for <paramref name="exception"/>, or null to leave it unexpected. The
    /// engine fills in the field's locations and path when the error has none.</summary>
    GraphQLError? OnException(Exception exception, ErrorFilterContext context);
}

/// <summary>Where an exception surfaced: the field's schema coordinate (<c>Type.field</c>) and result path when
/// a field raised it (null for a subscription's event stream or a failure outside any field), and the request's
/// services.</summary>
public sealed record ErrorFilterContext(string? FieldCoordinate, IReadOnlyList<object>? Path, IServiceProvider? Services);
