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
            // The last definition of a repeated name wins, as in graphql-js: every rule then follows the same
            // definition, and the duplicate itself is UniqueFragmentNamesRule's one error.
            if (definition is FragmentDefinitionNode fragment)
                _fragments[fragment.Name.Value] = fragment;
        }
    }

    public Schema Schema { get; }
    public override Schema? TargetSchema => Schema;

    /// <summary>The rules this validation runs (all of <see cref="DocumentValidator.SpecifiedRules"/> unless the
    /// caller chose some), for a rule that leaves a check to another rule when that one runs too.</summary>
    public IReadOnlyList<IValidationRule> Rules { get; init; } = DocumentValidator.SpecifiedRules;

    /// <summary>Whether a rule of that kind is among <see cref="Rules"/>.</summary>
    public bool Runs<TRule>() where TRule : IValidationRule
    {
        foreach (var rule in Rules)
        {
            if (rule is TRule)
                return true;
        }
        return false;
    }

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

    /// <summary>The fragment of that name in the document (the last one when the name is repeated).</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads of a selection set, looking into fields and inline fragments but not into
    /// other fragments. The order is graphql-js's (a set's own spreads, then its nested sets' from the last one
    /// up), which decides where a rule that follows spreads meets a problem first, and so what it reports.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
            return cached;
        List<FragmentSpreadNode>? spreads = null;
        // Created at the first nested selection set; an explicit stack, so deep nesting cannot overflow the call stack.
        Stack<SelectionSetNode>? pending = null;
        var current = selectionSet;
        while (true)
        {
            foreach (var selection in current.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } subSelection }:
                        (pending ??= new()).Push(subSelection);
                        break;
                    case InlineFragmentNode inline:
                        (pending ??= new()).Push(inline.SelectionSet);
                        break;
                }
            }
            if (pending is null || !pending.TryPop(out current!))
                break;
        }
        // Most selection sets spread no fragment: they share the empty list instead of each holding one.
        IReadOnlyList<FragmentSpreadNode> result = spreads is null ? [] : spreads;
        _spreads[selectionSet] = result;
        return result;
    }

    /// <summary>Every defined fragment an operation uses, directly or through other fragments, each once, in the
    /// order they are found going breadth-first from the operation (graphql-js's order).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached))
            return cached;
        // Most documents define no fragment, so no operation can use one: skip the search and its bookkeeping.
        if (_fragments.Count == 0)
            return [];
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (collected.Add(spread.Name.Value))
                names.Add(spread.Name.Value);
        }
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
                continue;
            fragments.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                    names.Add(spread.Name.Value);
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
