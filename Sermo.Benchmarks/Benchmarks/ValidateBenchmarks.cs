using BenchmarkDotNet.Attributes;
using Sermo.Benchmarks.Workloads;
using Sermo.GraphQL;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;
using Sermo.GraphQL.Validation;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>Every validation rule over an already parsed document (what a document-cache miss pays after parsing).</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _authorsBooks = null!;
    private DocumentNode _introspection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = AuthorsBooks.CreateExecutor().Schema;
        _authorsBooks = Parser.Parse(AuthorsBooks.Query);
        _introspection = Parser.Parse(IntrospectionQuery.Text);
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> WorkloadQuery() => DocumentValidator.Validate(_schema, _authorsBooks);

    [Benchmark]
    public IReadOnlyList<GraphQLError> StandardIntrospectionQuery() => DocumentValidator.Validate(_schema, _introspection);
}
