using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Cli;

/// <summary>Builds schemas from SDL and keeps the recent ones, failures included: a conformance run sends
/// thousands of lines over a handful of schemas, and building each once keeps the run fast.</summary>
internal sealed class SchemaCache
{
    // Enough for any suite's working set; a run over more distinct schemas just builds some again.
    private const int Capacity = 64;

    private readonly Dictionary<string, (RequestExecutor? Executor, IReadOnlyList<GraphQLError> Errors)> _built = new(StringComparer.Ordinal);

    /// <summary>The executor over the schema the SDL describes (its <see cref="RequestExecutor.Schema"/> is the schema).</summary>
    /// <exception cref="InvalidSchemaException">The SDL does not build a valid schema.</exception>
    public RequestExecutor Get(string sdl)
    {
        if (!_built.TryGetValue(sdl, out var built))
        {
            if (_built.Count >= Capacity)
                _built.Clear();
            built = Build(sdl);
            _built[sdl] = built;
        }
        return built.Executor ?? throw new InvalidSchemaException(built.Errors);
    }

    private static (RequestExecutor?, IReadOnlyList<GraphQLError>) Build(string sdl)
    {
        try
        {
            return (new RequestExecutor(SdlSchemaBuilder.Build(sdl)), []);
        }
        catch (SchemaValidationException e)
        {
            return (null, e.Errors);
        }
        catch (GraphQLException e)
        {
            return (null, [e.Error]);
        }
    }
}

/// <summary>The request's schema does not build: its errors are the request's result.</summary>
internal sealed class InvalidSchemaException(IReadOnlyList<GraphQLError> errors) : Exception("The schema is invalid.")
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
