using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>A complete schema: root operation types, every named type reachable from them (built-in
/// scalars and introspection types included), and directive definitions. Immutable once built; build
/// one with <c>SchemaBuilder</c> (code-first) or from SDL.</summary>
public sealed class Schema
{
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    internal Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        string? description = null,
        SchemaDefinitionNode? syntaxNode = null,
        IReadOnlyList<SchemaDefinitionNode>? extensionNodes = null,
        IReadOnlyList<AppliedDirective>? appliedDirectives = null)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        SyntaxNode = syntaxNode;
        ExtensionNodes = extensionNodes ?? [];
        AppliedDirectives = appliedDirectives ?? [];

        foreach (var type in types)
            TypeMap.TryAdd(type);
        foreach (var directive in directives)
            DirectiveMap.TryAdd(directive);

        IndexAbstractTypes();
    }

    internal readonly NamedCollection<NamedType> TypeMap = new();
    internal readonly NamedCollection<DirectiveDefinition> DirectiveMap = new();

    public string? Description { get; }
    public ObjectType? QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the order the builder gave them.</summary>
    public NamedCollection<NamedType> Types => TypeMap;

    public NamedCollection<DirectiveDefinition> Directives => DirectiveMap;
    public SchemaDefinitionNode? SyntaxNode { get; }
    public IReadOnlyList<SchemaDefinitionNode> ExtensionNodes { get; }
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; }

    public NamedType? GetType(string name) => TypeMap[name];

    public DirectiveDefinition? GetDirective(string name) => DirectiveMap[name];

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an interface or union may be.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType) ?? [];

    /// <summary>The interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.GetValueOrDefault(interfaceType) ?? [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var subTypes) && subTypes.Contains(maybeSubType);

    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) => IsSubType(abstractType, objectType);

    private void IndexAbstractTypes()
    {
        var possible = new Dictionary<NamedType, List<ObjectType>>();
        var implementations = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in TypeMap)
        {
            switch (type)
            {
                case UnionType union:
                    possible[union] = [.. union.Types];
                    foreach (var member in union.Types)
                        SubTypesOf(union).Add(member);
                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        if (!possible.TryGetValue(iface, out var list))
                            possible[iface] = list = [];
                        list.Add(obj);
                        SubTypesOf(iface).Add(obj);
                    }
                    break;
                case InterfaceType iface:
                    foreach (var parent in iface.Interfaces)
                    {
                        if (!implementations.TryGetValue(parent, out var list))
                            implementations[parent] = list = [];
                        list.Add(iface);
                        SubTypesOf(parent).Add(iface);
                    }
                    break;
            }
        }
        foreach (var (type, list) in possible)
            _possibleTypes[type] = list;
        foreach (var (type, list) in implementations)
            _interfaceImplementations[type] = list;
    }

    private HashSet<NamedType> SubTypesOf(NamedType abstractType)
    {
        if (!_subTypes.TryGetValue(abstractType, out var set))
            _subTypes[abstractType] = set = [];
        return set;
    }
}
