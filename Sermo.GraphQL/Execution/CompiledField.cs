using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Types.ScalarTypes;

namespace Sermo.GraphQL.Execution;

/// <summary>How the executor produces a field's value.</summary>
internal enum FieldKind
{
    /// <summary><c>__typename</c>: the runtime type's name, no resolver.</summary>
    TypeName,

    /// <summary>No resolver and no middleware: the parent's member, read inline without a resolver context.</summary>
    Default,

    /// <summary>A resolver (possibly the default one) behind the field's middleware.</summary>
    Resolver,
}

/// <summary>A field of a <see cref="SelectionPlan"/>: everything about it that does not depend on the request.</summary>
internal sealed class CompiledField
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    private readonly OperationVariant _variant;
    private ChildPlans? _childPlans;
    private IReadOnlyList<ErrorLocation>? _locations;
    private DefaultFieldResolver.Accessor? _accessor;

    public CompiledField(OperationVariant variant, ObjectType parentType, string responseName, OutputField field, FieldNode[] nodes)
    {
        _variant = variant;
        ParentType = parentType;
        ResponseName = responseName;
        Field = field;
        Nodes = nodes;
        PublicNodes = Array.AsReadOnly(nodes);
        Type = field.Type;
        IsNonNull = field.Type is NonNullType;
        LeafScalar = field.Type.Nullable() as ScalarType;
        StringsPassThrough = LeafScalar is StringType or IdType;

        if (nodes[0].Name.Value == "__typename")
            Kind = FieldKind.TypeName;
        else if (field.Resolver is null && field.Middleware.Count == 0 && !field.Type.NamedType().IsAbstractType())
            Kind = FieldKind.Default; // abstract results may need a type resolver, which takes a context
        else
        {
            Kind = FieldKind.Resolver;
            Pipeline = variant.Operation.Pipelines.Get(field);
        }

        if (field.Arguments.Count == 0)
            StaticArguments = NoArguments;
        else if (!ArgumentsUseVariables(nodes[0].Arguments))
        {
            try
            {
                StaticArguments = InputValues.CoerceArgumentValues(field.Arguments, nodes[0].Arguments, null, nodes[0]);
            }
            catch (GraphQLException invalid)
            {
                StaticArgumentError = invalid.Error;
            }
        }
    }

    public ObjectType ParentType { get; }
    public string ResponseName { get; }
    public OutputField Field { get; }
    public FieldNode[] Nodes { get; }

    /// <summary>The nodes as resolvers and errors see them: read-only, since every request shares them.</summary>
    public IReadOnlyList<FieldNode> PublicNodes { get; }
    public GraphQLType Type { get; }
    public bool IsNonNull { get; }

    /// <summary>The scalar when the field is one (possibly non-null): most fields are, and they skip the general completion.</summary>
    public ScalarType? LeafScalar { get; }

    /// <summary>A String or ID field: a string value is its own serialized form, so it is placed as it is.</summary>
    public bool StringsPassThrough { get; }
    public FieldKind Kind { get; }

    /// <summary>Middleware around the resolver, composed once per schema field.</summary>
    public FieldResolver? Pipeline { get; }

    /// <summary>The coerced arguments when they hold no variable (coerced once for every request).</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; }

    /// <summary>Why the variable-free arguments could not be coerced; raised as a field error each time.</summary>
    public GraphQLError? StaticArgumentError { get; }

    public IReadOnlyList<ErrorLocation> Locations => _locations ??= Array.AsReadOnly(BuildLocations(Nodes));

    public string Coordinate => $"{ParentType.Name}.{Field.Name}";

    /// <summary>The arguments for one execution: the static ones, or coerced now against the variables.</summary>
    public IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (StaticArguments is not null)
            return StaticArguments;
        if (StaticArgumentError is not null)
            throw new GraphQLException(StaticArgumentError);
        return InputValues.CoerceArgumentValues(Field.Arguments, Nodes[0].Arguments, variables, Nodes[0]);
    }

    /// <summary>The parent member for the default resolver, with the accessor cached for the last parent CLR type seen.</summary>
    public object? ResolveDefault(object? parent)
    {
        if (parent is null)
            return null;
        var accessor = _accessor;
        var parentType = parent.GetType();
        if (accessor is null || accessor.ParentType != parentType)
            _accessor = accessor = DefaultFieldResolver.GetAccessor(parentType, Field.Name);
        return accessor.Read(parent);
    }

    /// <summary>The plan for the sub-selection when this field's value is of the given concrete type.</summary>
    public SelectionPlan GetChildPlan(ObjectType type)
    {
        var plans = _childPlans;
        if (plans is not null && ReferenceEquals(plans.Type, type))
            return plans.Plan;
        for (var node = plans; node is not null; node = node.Next)
        {
            if (ReferenceEquals(node.Type, type))
                return node.Plan;
        }
        var sets = new SelectionSetNode[Nodes.Length];
        var count = 0;
        foreach (var node in Nodes)
        {
            if (node.SelectionSet is not null)
                sets[count++] = node.SelectionSet;
        }
        var plan = FieldCollector.Collect(_variant, type, count == sets.Length ? sets : sets[..count]);
        // Published as an immutable list head: readers never lock; losing the race only means compiling again later.
        Interlocked.CompareExchange(ref _childPlans, new ChildPlans(type, plan, plans), plans);
        return plan;
    }

    private static bool ArgumentsUseVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (ContainsVariable(argument.Value))
                return true;
        }
        return false;
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
        _ => false,
    };

    private static ErrorLocation[] BuildLocations(FieldNode[] nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
                locations.Add(new ErrorLocation(location.Line, location.Column));
        }
        return [.. locations];
    }

    private sealed class ChildPlans(ObjectType type, SelectionPlan plan, ChildPlans? next)
    {
        public ObjectType Type { get; } = type;
        public SelectionPlan Plan { get; } = plan;
        public ChildPlans? Next { get; } = next;
    }
}
