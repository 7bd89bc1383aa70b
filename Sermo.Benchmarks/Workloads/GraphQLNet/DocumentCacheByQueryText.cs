using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Sermo.Benchmarks.Workloads.GraphQLNet;

/// <summary>GraphQL.NET's document cache, as its documentation has one plugged in: an <see cref="IConfigureExecution"/>
/// that hands the executer the parsed document of a query it has run before and caches a document once it passed
/// validation. Its own <c>MemoryDocumentCache</c> is in the GraphQL.MemoryCache package, which the package feed does
/// not serve; this does the same with a dictionary keyed by query text, unbounded because the benchmark sends one query.</summary>
public sealed class DocumentCacheByQueryText : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>Where GraphQL.MemoryCache places its cache among the execution's configurations.</summary>
    public float SortOrder => 200;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
            return next(options);
        if (!_documents.TryGetValue(options.Query, out var document))
            return ExecuteAndCacheAsync(options, options.Query, next);
        options.Document = document;
        // A cached document passed validation when it was cached: as in GraphQL.NET's own cache, only the
        // rules meant for every execution run again.
        options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        return next(options);
    }

    private async Task<ExecutionResult> ExecuteAndCacheAsync(ExecutionOptions options, string query, ExecutionDelegate next)
    {
        var result = await next(options);
        // Executed means the document was valid.
        if (result.Executed && result.Document is not null)
            _documents.TryAdd(query, result.Document);
        return result;
    }
}
