using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.EntityFrameworkCore;

[GraphQLDescription("The direction of a sort field.")]
public enum SortDirection
{
    [GraphQLName("ASC")]
    [GraphQLDescription("Smallest first.")]
    Ascending,

    [GraphQLName("DESC")]
    [GraphQLDescription("Largest first.")]
    Descending,
}
