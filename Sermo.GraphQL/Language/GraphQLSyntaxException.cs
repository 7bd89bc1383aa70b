namespace Sermo.GraphQL.Language;

/// <summary>A document that does not follow the GraphQL grammar, or that exceeds a parser limit. The
/// <see cref="GraphQLException.Error"/> carries graphql-js's wording ("Syntax Error: ..."), the 1-based
/// line and column of the offending point and <c>extensions.code</c>.</summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, int line, int column, string code = ErrorCodes.SyntaxError)
        : base(new GraphQLError(
            "Syntax Error: " + description,
            [new ErrorLocation(line, column)],
            extensions: new Dictionary<string, object?> { ["code"] = code }))
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    /// <summary>In UTF-16 code units, as graphql-js counts.</summary>
    public int Column { get; }
}
