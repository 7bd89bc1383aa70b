using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation;

/// <summary>Tracks, while a document is walked, which schema element each node refers to: the output type
/// of the current field, its parent composite type, the field and argument definitions, the directive, and
/// the expected input type (with its default) of the value being walked. Call <see cref="Enter"/> before a
/// node's visitors and <see cref="Leave"/> after them. Unknown names leave null entries rather than failing,
/// so rules decide what to report.</summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefinitionStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, operation root or fragment.</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The type the current input value must have.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The type of the value that holds the current input value (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDefinition => Peek(_fieldDefinitionStack);

    /// <summary>The default of the argument or input field whose value is being walked, if it has one.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }
    public InputValue? Argument { get; private set; }
    public EnumValue? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type is null ? null : Type.NamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var fieldDefinition = ParentType is null ? null : FindFieldDefinition(Schema, ParentType, field.Name.Value);
                _fieldDefinitionStack.Add(fieldDefinition);
                _typeStack.Add(fieldDefinition is not null && fieldDefinition.Type.IsOutputType() ? fieldDefinition.Type : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterFragment(inline.TypeCondition is null ? Type?.NamedType() : TypeReferences.FromSyntax(Schema, inline.TypeCondition));
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(TypeReferences.FromSyntax(Schema, fragment.TypeCondition));
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeReferences.FromSyntax(Schema, variable.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.NamedType() is InputObjectType inputObject ? inputObject.Fields[objectField.Name.Value] : null;
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.Values[enumValue.Value] : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The field a selection of <paramref name="fieldName"/> on <paramref name="parentType"/> refers
    /// to, including the introspection meta fields (<c>__schema</c> and <c>__type</c> only on the query root).</summary>
    public static OutputField? FindFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == Introspection.TypeNameField.Name && parentType.IsCompositeType())
            return Introspection.TypeNameField;
        if (ReferenceEquals(parentType, schema.QueryType))
        {
            if (fieldName == Introspection.SchemaField.Name)
                return Introspection.SchemaField;
            if (fieldName == Introspection.TypeField.Name)
                return Introspection.TypeField;
        }
        return parentType is ComplexType complex ? complex.Fields[fieldName] : null;
    }

    private void EnterFragment(GraphQLType? conditionType) =>
        _typeStack.Add(conditionType is not null && conditionType.IsOutputType() ? conditionType : null);

    private void EnterArgument(ArgumentNode argument)
    {
        var definitions = Directive?.Arguments ?? FieldDefinition?.Arguments;
        var definition = definitions?[argument.Name.Value];
        Argument = definition;
        _defaultValueStack.Add(definition?.DefaultValue);
        _inputTypeStack.Add(definition is not null && definition.Type.IsInputType() ? definition.Type : null);
    }

    private static T? Peek<T>(List<T?> stack) where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
