using System.Collections;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>A .NET type seen as a GraphQL type reference: a named .NET type, or a list of references, each
/// nullable or not (from C# nullable annotations; value types are non-null unless Nullable&lt;T&gt;).</summary>
internal abstract record ClrTypeReference(bool IsNonNull)
{
    public static ClrTypeReference From(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return From(underlying, null) with { IsNonNull = false };
        var nonNull = type.IsValueType || nullability?.ReadState == NullabilityState.NotNull;
        if (ListElement(type, nullability) is var (elementType, elementNullability))
            return new ClrListReference(From(elementType, elementNullability), nonNull);
        return new ClrNamedReference(type, nonNull);
    }

    /// <summary>The element of an array or generic collection (strings and dictionaries are not lists).</summary>
    private static (Type, NullabilityInfo?)? ListElement(Type type, NullabilityInfo? nullability)
    {
        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type) || ImplementsGeneric(type, typeof(IReadOnlyDictionary<,>)) || ImplementsGeneric(type, typeof(IDictionary<,>)))
            return null;
        if (type.IsArray)
            return (type.GetElementType()!, nullability?.ElementType);
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null)
            return null;
        var element = enumerable.GetGenericArguments()[0];
        // The annotation of the element is known when the collection's only type argument is the element (List<T>, IReadOnlyList<T>...).
        var elementNullability = nullability is { GenericTypeArguments.Length: 1 } && type.GetGenericArguments() is [var argument] && argument == element
            ? nullability.GenericTypeArguments[0]
            : null;
        return (element, elementNullability);
    }

    public static bool ImplementsGeneric(Type type, Type genericDefinition) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == genericDefinition)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == genericDefinition);
}

internal sealed record ClrNamedReference(Type Type, bool IsNonNull) : ClrTypeReference(IsNonNull);

internal sealed record ClrListReference(ClrTypeReference Item, bool IsNonNull) : ClrTypeReference(IsNonNull);
