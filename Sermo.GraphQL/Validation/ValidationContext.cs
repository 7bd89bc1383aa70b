using System.Runtime.CompilerServices;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation;

/// <summary>The context of executable-document validation: the schema, the type information of the node
/// being visited, and memoized facts about fragments and variables that several rules need.</summary>
public sealed class ValidationContext : ValidationContextBase
{
    private readonly TypeInfo _typeInfo;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = [];
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _variableUsages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = [];

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo) : base(document)
    {
        Schema = schema;
        _typeInfo = typeInfo;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
                _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public Schema Schema { get; }
    public override Schema? TargetSchema => Schema;

    public GraphQLType? Type => _typeInfo.Type;
    public NamedType? ParentType => _typeInfo.ParentType;
    public GraphQLType? InputType => _typeInfo.InputType;
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;
    public OutputField? FieldDefinition => _typeInfo.FieldDefinition;

    /// <summary>The default of the argument or input field whose value is being visited, if it has one.</summary>
    public ValueNode? DefaultValue => _typeInfo.DefaultValue;
    public DirectiveDefinition? Directive => _typeInfo.Directive;
    public InputValue? Argument => _typeInfo.Argument;
    public EnumValue? EnumValue => _typeInfo.EnumValue;

    /// <summary>The first fragment of that name in the document.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads of a selection set, looking into fields and inline fragments but not into other fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
            return cached;
        List<FragmentSpreadNode>? spreads = null;
        CollectFragmentSpreads(selectionSet, ref spreads);
        // Most selection sets spread no fragment: they share the empty list instead of each holding one.
        IReadOnlyList<FragmentSpreadNode> result = spreads is null ? [] : spreads;
        _spreads[selectionSet] = result;
        return result;
    }

    private static void CollectFragmentSpreads(SelectionSetNode selectionSet, ref List<FragmentSpreadNode>? spreads)
    {
        // Recursion no deeper than the validators' own walk of the same selections.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FragmentSpreadNode spread:
                    (spreads ??= []).Add(spread);
                    break;
                case FieldNode { SelectionSet: { } subSelection }:
                    CollectFragmentSpreads(subSelection, ref spreads);
                    break;
                case InlineFragmentNode inline:
                    CollectFragmentSpreads(inline.SelectionSet, ref spreads);
                    break;
            }
        }
    }

    /// <summary>Every defined fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached))
            return cached;
        // Most documents define no fragment, so no operation can use one: skip the search and its bookkeeping.
        if (_fragments.Count == 0)
            return [];
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var selectionSet))
        {
            foreach (var spread in GetFragmentSpreads(selectionSet))
            {
                if (!collected.Add(spread.Name.Value))
                    continue;
                if (GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }
        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Records variable usages during the validators' walk (put it before the rules), so the rules
    /// that need them at the end of the document do not walk the document again.</summary>
    internal SyntaxVisitor CreateUsageRecorder() => new VariableUsageRecorder(this);

    /// <summary>The variables used as values inside an operation or fragment (not following spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
            return cached;
        // Not walked yet (asked for before the walk reached it): walk it on its own.
        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        collector.Visit(definition);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by an operation, including inside the fragments it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
            return cached;
        var fragments = GetRecursivelyReferencedFragments(operation);
        // Without fragments the operation's own (already memoized) usages are the answer; no copy needed.
        if (fragments.Count == 0)
            return GetVariableUsages(operation);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
            usages.AddRange(GetVariableUsages(fragment));
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageRecorder(ValidationContext context) : SyntaxVisitor
    {
        // Inside an operation or fragment; its usages list is only created at its first variable, as most
        // definitions use none.
        private bool _recording;
        private List<VariableUsage>? _usages;

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case ExecutableDefinitionNode:
                    _recording = true;
                    _usages = null;
                    break;
                case VariableDefinitionNode:
                    // A variable's own definition (and its default) is not a use of it.
                    return VisitAction.SkipChildren;
                case VariableNode variable when _recording:
                    (_usages ??= []).Add(new VariableUsage(variable, context.InputType, context.DefaultValue, context.ParentInputType));
                    break;
            }
            return VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is ExecutableDefinitionNode definition && _recording)
            {
                context._variableUsages.TryAdd(definition, _usages is null ? [] : _usages);
                _recording = false;
                _usages = null;
            }
        }
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : SyntaxVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override VisitAction Enter(SyntaxNode node)
        {
            // A variable's own definition (and its default) is not a use of it.
            if (node is VariableDefinitionNode)
                return VisitAction.SkipChildren;
            typeInfo.Enter(node);
            if (node is VariableNode variable)
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            return VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node) => typeInfo.Leave(node);
    }
}
