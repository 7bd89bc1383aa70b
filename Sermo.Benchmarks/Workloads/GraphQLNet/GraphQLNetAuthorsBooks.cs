using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;

namespace Sermo.Benchmarks.Workloads.GraphQLNet;

/// <summary>The authors/books workload on GraphQL.NET, set up as its documentation and its own benchmarks set it up
/// for speed: a code-first schema built and initialized once, one <see cref="DocumentExecuter"/> reused for every
/// request with a document cache plugged in (validation runs when a query is first seen, as in our engine), and
/// GraphQL.SystemTextJson's serializer writing the UTF-8 response to a stream.</summary>
public sealed class GraphQLNetAuthorsBooks
{
    private readonly Schema _schema;
    private readonly DocumentExecuter _executer;
    private readonly GraphQLSerializer _serializer = new();
    private readonly AuthorsBooksData _data;

    public GraphQLNetAuthorsBooks(AuthorsBooksData data)
    {
        _data = data;
        _schema = new Schema { Query = new QueryGraphType() };
        _schema.Initialize();
        _executer = new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector(),
            [new DocumentCacheByQueryText()]);
    }

    /// <summary>The workload query, sent as text each time (as a client sends it), to GraphQL.NET's in-memory result.</summary>
    public Task<ExecutionResult> ExecuteAsync() =>
        _executer.ExecuteAsync(new ExecutionOptions { Schema = _schema, Query = AuthorsBooks.Query, Root = _data });

    /// <summary>Writes the result as UTF-8 JSON, as GraphQL.NET's server transport writes a response body.</summary>
    public Task WriteJsonAsync(Stream destination, ExecutionResult result) => _serializer.WriteAsync(destination, result);

    public string ToJson(ExecutionResult result) => _serializer.Serialize(result);
}
