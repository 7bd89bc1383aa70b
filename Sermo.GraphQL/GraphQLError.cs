using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL;

/// <summary>A point in a request document, as the response reports it (1-based line and column).</summary>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>An error as the spec shapes it in a response: a message, where in the document, where in the
/// result (<see cref="Path"/>: response keys and list indices), and <see cref="Extensions"/> (always with a
/// <c>code</c> when the engine raises it).</summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }
    public IReadOnlyList<ErrorLocation>? Locations { get; }

    /// <summary>Response keys (string) and list indices (int), from the root to the failing field.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, for logs only: never written to a response.</summary>
    public Exception? Exception { get; }

    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public static GraphQLError At(string message, string code, params SyntaxNode?[] nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
                locations.Add(new ErrorLocation(location.Line, location.Column));
        }
        return new GraphQLError(message, locations.Count == 0 ? null : locations, extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions, Exception);

    public override string ToString() => Message;
}

/// <summary>Thrown for anything that must stop a request with one spec-shaped error (syntax errors,
/// limits exceeded, unusable input).</summary>
public class GraphQLException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
