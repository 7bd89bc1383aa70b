using GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.GraphQLNet;

/// <summary>GraphQL.NET's code-first <c>Book</c> of authors-books.graphql: both fields read from the data.</summary>
public sealed class BookGraphType : ObjectGraphType<Book>
{
    public BookGraphType()
    {
        Name = "Book";
        Field(book => book.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(book => book.Name);
    }
}
