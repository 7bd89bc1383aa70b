using GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.GraphQLNet;

/// <summary>GraphQL.NET's code-first <c>Query</c> of authors-books.graphql: <c>authors</c> read from the root value,
/// as our engine and the Node peers read it.</summary>
public sealed class QueryGraphType : ObjectGraphType<AuthorsBooksData>
{
    public QueryGraphType()
    {
        Name = "Query";
        Field(data => data.Authors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AuthorGraphType>>>));
    }
}
