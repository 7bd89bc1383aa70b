namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>One entry of a client's ordering: a declared sort field's name and its direction.</summary>
public readonly record struct SortField(string Field, SortDirection Direction = SortDirection.Ascending);
