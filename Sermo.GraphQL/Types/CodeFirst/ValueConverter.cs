using System.Globalization;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Converts a coerced argument or input field value (int, long, double, string, bool, enum member,
/// IReadOnlyList, bound input object...) to the .NET type a resolver parameter or input property declares.
/// The conversion is chosen once per parameter at build; null means no conversion is needed.</summary>
internal static class ValueConverter
{
    private static readonly MethodInfo ListConverterMethod = typeof(ValueConverter).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ArrayConverterMethod = typeof(ValueConverter).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <param name="createInput">Makes a .NET input object from coerced fields, for values still in dictionary form.</param>
    public static Func<object?, object?>? For(Type target, Func<Type, Func<IReadOnlyDictionary<string, object?>, object>?> createInput)
    {
        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target == typeof(object) || target == typeof(string) || target == typeof(bool) || target.IsEnum)
            return null;
        if (IsNumber(target))
            return value => value is IConvertible ? Convert.ChangeType(value, target, CultureInfo.InvariantCulture) : value;
        if (target == typeof(DateTime))
            return value => value is DateTimeOffset offset ? offset.UtcDateTime : value;
        // An ID arrives as a string; a Guid key behind [GraphQLType("ID!")] reads it back.
        if (target == typeof(Guid))
            return value => value is string text && Guid.TryParse(text, out var guid) ? guid : value;
        if (target.IsArray)
        {
            var element = target.GetElementType()!;
            var convertElement = For(element, createInput);
            var toArray = ArrayConverterMethod.MakeGenericMethod(element).CreateDelegate<Func<object?, Func<object?, object?>?, object?>>();
            return value => toArray(value, convertElement);
        }
        if (target.IsGenericType && target.GetGenericArguments() is [var item] && target.IsAssignableFrom(typeof(List<>).MakeGenericType(item)))
        {
            var convertItem = For(item, createInput);
            var toList = ListConverterMethod.MakeGenericMethod(item).CreateDelegate<Func<object?, Func<object?, object?>?, object?>>();
            return value => toList(value, convertItem);
        }
        if (target.IsClass || target.IsValueType)
        {
            return value => value is IReadOnlyDictionary<string, object?> fields && !target.IsInstanceOfType(value) && createInput(target) is { } create
                ? create(fields)
                : value;
        }
        return null;
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal)
        || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort);

    private static object? ToList<T>(object? value, Func<object?, object?>? convertItem)
    {
        if (value is null or List<T>)
            return value;
        if (value is not System.Collections.IEnumerable items)
            return new List<T> { Item<T>(value, convertItem) };
        var list = new List<T>();
        foreach (var item in items)
            list.Add(Item<T>(item, convertItem));
        return list;
    }

    private static object? ToArray<T>(object? value, Func<object?, object?>? convertItem) =>
        value is null or T[] ? value : ((List<T>)ToList<T>(value, convertItem)!).ToArray();

    private static T Item<T>(object? item, Func<object?, object?>? convert) =>
        item is T typed ? typed : item is null ? default! : (T)(convert is null ? item : convert(item))!;
}
