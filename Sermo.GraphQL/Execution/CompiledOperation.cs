using System.Collections.Concurrent;
using System.Text;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>One operation of a cached document, prepared once and shared by every request that runs it.
/// Variable-dependent <c>@skip</c>/<c>@include</c> conditions are the only thing field collection depends on at
/// request time, so each combination of their values gets its own fully folded <see cref="OperationVariant"/>.</summary>
internal sealed class CompiledOperation
{
    /// <summary>A <c>ulong</c> carries the condition values, one bit per variable.</summary>
    internal const int MaxConditionVariables = 64;

    private const int MaxCachedVariants = 32;

    private readonly ConcurrentDictionary<ulong, OperationVariant> _variants = new();
    private readonly string[] _conditionVariables;
    private OperationVariant? _onlyVariant;

    public CompiledOperation(
        Schema schema,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        string[] conditionVariables,
        FieldPipelines pipelines)
    {
        Schema = schema;
        Operation = operation;
        RootType = rootType;
        Fragments = fragments;
        Pipelines = pipelines;
        Variables = InputValues.ResolveVariableTypes(schema, operation);
        _conditionVariables = conditionVariables;
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public ObjectType RootType { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public FieldPipelines Pipelines { get; }

    /// <summary>The variable definitions with their types, resolved once.</summary>
    public InputValues.VariableDefinition[] Variables { get; }

    /// <summary>The variant for the condition values these (coerced) variables give.</summary>
    public OperationVariant GetVariant(IReadOnlyDictionary<string, object?> variables)
    {
        if (_conditionVariables.Length == 0)
            return _onlyVariant ??= new OperationVariant(this, 0);
        ulong flags = 0;
        for (var i = 0; i < _conditionVariables.Length; i++)
        {
            if (variables.TryGetValue(_conditionVariables[i], out var value) && value is true)
                flags |= 1UL << i;
        }
        if (_variants.TryGetValue(flags, out var variant))
            return variant;
        // Each combination of condition values compiles its own plans: a client cycling through thousands of
        // them gets them compiled per request rather than kept.
        if (_variants.Count >= MaxCachedVariants)
            return new OperationVariant(this, flags);
        return _variants.GetOrAdd(flags, static (key, operation) => new OperationVariant(operation, key), this);
    }

    /// <summary>The value a variable used as an <c>if:</c> condition has in a variant.</summary>
    public bool ConditionValue(ulong flags, string variable)
    {
        var index = Array.IndexOf(_conditionVariables, variable);
        return index >= 0 && (flags & (1UL << index)) != 0;
    }
}

/// <summary>A compiled operation for one set of condition values: the root selection, compiled on first use.</summary>
internal sealed class OperationVariant(CompiledOperation operation, ulong flags)
{
    private SelectionPlan? _root;

    public CompiledOperation Operation { get; } = operation;
    public ulong Flags { get; } = flags;

    public SelectionPlan Root => _root ??= FieldCollector.Collect(this, Operation.RootType, [Operation.Operation.SelectionSet]);

    public bool ConditionValue(string variable) => Operation.ConditionValue(Flags, variable);
}

/// <summary>The fields an object of one concrete type gets for a selection (spec CollectFields, folded).</summary>
internal sealed class SelectionPlan(ObjectType type, CompiledField[] fields)
{
    private IReadOnlyList<FieldSelection>? _selections;

    public ObjectType Type { get; } = type;
    public CompiledField[] Fields { get; } = fields;

    /// <summary>The response keys, shared by every result object built from this plan.</summary>
    public string[] Keys { get; } = Array.ConvertAll(fields, static field => field.ResponseName);

    /// <summary>What compact JSON writes before each value: <c>{"key":</c> for the first, <c>,"key":</c> for the others,
    /// encoded once for every response. Response names are GraphQL names (ASCII letters, digits, underscores):
    /// nothing to escape.</summary>
    public byte[][] KeyPrefixes { get; } = fields.Select(static (field, index) => Encoding.UTF8.GetBytes($"{(index == 0 ? '{' : ',')}\"{field.ResponseName}\":")).ToArray();

    public IReadOnlyList<FieldSelection> Selections =>
        _selections ??= Array.AsReadOnly(Array.ConvertAll(Fields, static compiled => new FieldSelection(compiled.ResponseName, compiled.Field, compiled.PublicNodes)));
}
