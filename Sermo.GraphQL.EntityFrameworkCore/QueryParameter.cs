namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>Holds a value a built expression compares with: EF Core turns a member of a captured object into a
/// SQL parameter (one cached plan for every value) where a constant would be inlined into the SQL text.</summary>
internal sealed class QueryParameter<T>(T value)
{
    public T Value { get; } = value;
}
