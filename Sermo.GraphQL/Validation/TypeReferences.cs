using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation;

/// <summary>Resolving written type references against a schema, and the spec's subtype relation between them.</summary>
public static class TypeReferences
{
    /// <summary>The schema type a type reference names; null when its named type is not in the schema.</summary>
    public static GraphQLType? FromSyntax(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromSyntax(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always acceptable where
    /// <paramref name="superType"/> is expected (non-null fits nullable, object fits its interfaces and unions).</summary>
    public static bool IsSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.Equals(superType))
            return true;
        if (superType is NonNullType nonNullSuper)
            return maybeSubType is NonNullType nonNullSub && IsSubTypeOf(schema, nonNullSub.OfType, nonNullSuper.OfType);
        if (maybeSubType is NonNullType nonNull)
            return IsSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType listSuper)
            return maybeSubType is ListType listSub && IsSubTypeOf(schema, listSub.OfType, listSuper.OfType);
        if (maybeSubType is ListType)
            return false;
        return superType.IsAbstractType()
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>True when the two types' possible objects overlap (used for fragment spreads).</summary>
    public static bool Overlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
            return true;
        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
                return schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type));
            return schema.IsSubType(typeA, typeB);
        }
        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }
}
