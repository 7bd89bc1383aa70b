using Sermo.GraphQL;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>The top-level errors a resolver or subscription of the host raises itself (request errors and refusals at the
/// door; a rule's refusal of a mutation is a typed payload error instead, <see cref="MutationConventions"/>): each with
/// its message and <c>extensions.code</c>, built in one place. <see cref="NotFoundCode"/> is the host's own code; the
/// others are the engine's (<see cref="ErrorCodes"/>).</summary>
public static class FieldErrors
{
    /// <summary>An id that names nothing the caller may see (never saying whether it exists).</summary>
    public const string NotFoundCode = "NOT_FOUND";

    public static GraphQLException NotFound(string message) => WithCode(message, NotFoundCode);

    public static GraphQLException BadUserInput(string message) => WithCode(message, ErrorCodes.BadUserInput);

    public static GraphQLException NotAuthorized(string message) => WithCode(message, ErrorCodes.NotAuthorized);

    public static GraphQLException WithCode(string message, string code) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}
