using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>A rule the input broke: the request was valid GraphQL and the caller allowed, but the domain refused.
/// Mutations return these in their payload's <c>errors</c>; top-level errors are kept for request errors and
/// authentication (<c>docs/mutations.md</c>).</summary>
[GraphQLDescription("A rule the input broke. Nothing was changed when a payload carries errors.")]
public sealed class MutationError(MutationErrorCode code, string message, IReadOnlyList<string>? path)
{
    [GraphQLField]
    [GraphQLDescription("What kind of rule refused the input.")]
    public MutationErrorCode Code { get; } = code;

    [GraphQLField]
    [GraphQLDescription("What went wrong, for a person to read.")]
    public string Message { get; } = message;

    [GraphQLField]
    [GraphQLDescription("The input field the error concerns (for example [\"input\", \"patient\", \"history\"]); null when it concerns the input as a whole.")]
    public IReadOnlyList<string>? Path { get; } = path;
}
