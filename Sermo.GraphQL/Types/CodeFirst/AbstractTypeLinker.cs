using System.Collections.Concurrent;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Links the object types to the interfaces and unions their .NET types implement (those in the schema) and
/// those their descriptors declare,
/// and gives interfaces and unions a type resolver that goes by the value's .NET type.</summary>
internal static class AbstractTypeLinker
{
    public static void Link(OutputTypeFactory outputs)
    {
        foreach (var (type, clr) in outputs.Objects)
        {
            foreach (var implemented in clr.GetInterfaces())
            {
                switch (outputs.Bound(implemented))
                {
                    case InterfaceType interfaceType:
                        type.InterfaceList.Add(interfaceType);
                        break;
                    case UnionType union:
                        union.MemberList.Add(type);
                        break;
                }
            }
        }
        foreach (var (type, declared) in outputs.DeclaredImplementations)
        {
            if (!type.InterfaceList.Contains(declared))
                type.InterfaceList.Add(declared);
        }
        foreach (var (type, clr) in outputs.Interfaces)
        {
            foreach (var implemented in clr.GetInterfaces())
            {
                if (outputs.Bound(implemented) is InterfaceType parent)
                    type.InterfaceList.Add(parent);
            }
        }
        var resolveType = RuntimeTypeResolver(outputs.Objects);
        foreach (var (type, _) in outputs.Interfaces)
            type.ResolveType = resolveType;
        foreach (var (type, _) in outputs.Unions)
            type.ResolveType = resolveType;
    }

    /// <summary>The object type of a value by its .NET type (or nearest bound base type, e.g. for proxies), cached per .NET type.</summary>
    private static TypeResolver RuntimeTypeResolver(List<(ObjectType Type, Type Clr)> objects)
    {
        var byClr = objects.ToDictionary(entry => entry.Clr, entry => entry.Type);
        var cache = new ConcurrentDictionary<Type, ObjectType?>();
        return (value, _) => cache.GetOrAdd(value.GetType(), runtimeType =>
        {
            for (var current = runtimeType; current is not null; current = current.BaseType)
            {
                if (byClr.TryGetValue(current, out var objectType))
                    return objectType;
            }
            return null;
        });
    }
}
