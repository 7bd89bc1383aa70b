using GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.GraphQLNet;

/// <summary>GraphQL.NET's code-first <c>Author</c> of authors-books.graphql: <c>md5</c> computed on every request by
/// the same function our engine's resolver calls, the other fields read from the data.</summary>
public sealed class AuthorGraphType : ObjectGraphType<Author>
{
    public AuthorGraphType()
    {
        Name = "Author";
        Field(author => author.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(author => author.Name);
        Field<NonNullGraphType<StringGraphType>>("md5")
            .Description("Hex MD5 of the name, computed on every request: the workload's CPU-bound resolver.")
            .Resolve(context => AuthorsBooks.NameMd5(context.Source.Name));
        Field(author => author.Books, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<BookGraphType>>>));
    }
}
