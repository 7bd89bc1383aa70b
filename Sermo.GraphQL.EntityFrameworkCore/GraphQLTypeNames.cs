namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>The GraphQL scalar a member's .NET type is written as in generated SDL (our custom scalars for dates,
/// longs and GUIDs); enums and other types must be named by the declaration.</summary>
internal static class GraphQLTypeNames
{
    public static string Of(Type type, string field, string? declared)
    {
        if (declared is not null)
            return declared;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => "String",
            _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) => "Int",
            _ when type == typeof(long) => "Long",
            _ when type == typeof(bool) => "Boolean",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "Float",
            _ when type == typeof(Guid) => "Uuid",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "DateTime",
            _ when type == typeof(DateOnly) => "Date",
            _ => throw new ArgumentException($"Name the GraphQL type of \"{field}\" ({type.Name}) in its declaration."),
        };
    }
}
