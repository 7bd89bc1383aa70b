namespace Sermo.GraphQL.Types;

/// <summary>A schema that cannot be built or is invalid: every problem found, each with its locations in the SDL when there is one.</summary>
public sealed class SchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<GraphQLError> errors) =>
        "The schema is invalid:" + string.Concat(errors.Select(error =>
            "\n- " + error.Message + (error.Locations is { Count: > 0 } locations
                ? " (" + string.Join(", ", locations.Select(location => $"{location.Line}:{location.Column}")) + ")"
                : "")));
}
