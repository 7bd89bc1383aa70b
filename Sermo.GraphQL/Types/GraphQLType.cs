namespace Sermo.GraphQL.Types;

/// <summary>The kind of a type, as introspection's <c>__TypeKind</c> names it.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any GraphQL type: a named type, or a list or non-null wrapper around another type.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The type as written in a document: <c>[Name!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary><c>[T]</c></summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;
    public override TypeKind Kind => TypeKind.List;
    public override string ToString() => $"[{OfType}]";
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(1, OfType);
}

/// <summary><c>T!</c>; <see cref="OfType"/> is never itself non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }
    public override TypeKind Kind => TypeKind.NonNull;
    public override string ToString() => $"{OfType}!";
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(2, OfType);
}

/// <summary>The classifications of section 3 of the spec.</summary>
public static class TypeClassification
{
    public static NamedType NamedType(this GraphQLType type) => type switch
    {
        NamedType named => named,
        ListType list => list.OfType.NamedType(),
        NonNullType nonNull => nonNull.OfType.NamedType(),
        _ => throw new InvalidOperationException($"Unknown type {type}."),
    };

    public static GraphQLType Nullable(this GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsInputType(this GraphQLType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(this GraphQLType type) =>
        type.NamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(this GraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this GraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this GraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>True when both types are the same reference shape with the same named types.</summary>
    public static bool IsEqualType(this GraphQLType a, GraphQLType b) => a.Equals(b);
}
