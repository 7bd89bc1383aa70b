namespace Sermo.GraphQL.EntityFrameworkCore;

public enum SortDirection
{
    Ascending,
    Descending,
}
