using System.Globalization;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>Converts a coerced GraphQL input value (int, double, string, bool, enum name, date...) to the .NET
/// type of the member it is compared with; an unconvertible value is a <c>BAD_USER_INPUT</c> error.</summary>
internal static class FilterValues
{
    public static object? To(Type type, object? value, string field)
    {
        if (value is null)
            return null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
            return value;
        try
        {
            return (target, value) switch
            {
                ({ IsEnum: true }, string name) => ParseEnum(target, name) ?? throw Invalid(field, value),
                (_, string text) when target == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
                (_, string text) when target == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                (_, string text) when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
                (_, string text) when target == typeof(DateOnly) => DateOnly.Parse(text, CultureInfo.InvariantCulture),
                (_, DateTimeOffset time) when target == typeof(DateTime) => time.UtcDateTime,
                (_, DateTime time) when target == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
                (_, IConvertible) when target.IsPrimitive || target == typeof(decimal) => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
                _ => throw Invalid(field, value),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            throw Invalid(field, value);
        }
    }

    /// <summary>An enum member from its GraphQL name: <c>IN_REVIEW</c> finds <c>InReview</c>.</summary>
    private static object? ParseEnum(Type type, string name)
    {
        var plain = name.Replace("_", "", StringComparison.Ordinal);
        foreach (var member in Enum.GetNames(type))
        {
            if (string.Equals(member, plain, StringComparison.OrdinalIgnoreCase))
                return Enum.Parse(type, member);
        }
        return null;
    }

    private static GraphQLException Invalid(string field, object value) =>
        InputErrors.BadInput($"The filter on \"{field}\" cannot use the value {value}.");
}
