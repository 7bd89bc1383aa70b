using BenchmarkDotNet.Attributes;
using Sermo.Benchmarks.Workloads;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Utilities;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>Parsing alone: the workload query and the much larger standard introspection query.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    [Benchmark]
    public DocumentNode WorkloadQuery() => Parser.Parse(AuthorsBooks.Query);

    [Benchmark]
    public DocumentNode StandardIntrospectionQuery() => Parser.Parse(IntrospectionQuery.Text);
}
