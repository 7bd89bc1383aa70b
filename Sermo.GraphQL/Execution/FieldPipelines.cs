using System.Collections.Concurrent;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Each schema field's middleware composed around its resolver once, then reused by every request.</summary>
internal sealed class FieldPipelines
{
    private readonly ConcurrentDictionary<OutputField, FieldResolver> _pipelines = new();

    public FieldResolver Get(OutputField field) =>
        _pipelines.TryGetValue(field, out var pipeline) ? pipeline : _pipelines.GetOrAdd(field, Compose);

    private static FieldResolver Compose(OutputField field)
    {
        var pipeline = field.Resolver ?? DefaultFieldResolver.Resolve;
        for (var i = field.Middleware.Count - 1; i >= 0; i--)
            pipeline = field.Middleware[i](pipeline);
        return pipeline;
    }
}
