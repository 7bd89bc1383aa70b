using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Language;

/// <summary>What a visitor wants after entering a node.</summary>
public enum VisitAction
{
    Continue,

    /// <summary>Do not walk the node's children, and do not call <see cref="SyntaxVisitor.Leave"/> for it.</summary>
    SkipChildren,
}

/// <summary>Walks a syntax tree depth-first, calling <see cref="Enter"/> before a node's children and
/// <see cref="Leave"/> after them. Children are visited in source order (the order graphql-js uses),
/// so errors found on the way come out in document order. Descriptions of operations, fragments and
/// variables are documentation, not input values, and are not visited: a walker tracking expected input
/// types would otherwise take a variable's description for a value of the variable's type.</summary>
public abstract class SyntaxVisitor
{
    public virtual VisitAction Enter(SyntaxNode node) => VisitAction.Continue;

    public virtual void Leave(SyntaxNode node)
    {
    }

    public void Visit(SyntaxNode node)
    {
        if (Enter(node) == VisitAction.SkipChildren)
            return;
        VisitChildren(node);
        Leave(node);
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes) where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
            Visit(nodes[i]);
    }

    private void VisitOptional(SyntaxNode? node)
    {
        if (node is not null)
            Visit(node);
    }

    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                VisitAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                VisitOptional(operation.Name);
                VisitAll(operation.VariableDefinitions);
                VisitAll(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                Visit(variable.Variable);
                Visit(variable.Type);
                VisitOptional(variable.DefaultValue);
                VisitAll(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                VisitAll(selectionSet.Selections);
                break;
            case FieldNode field:
                VisitOptional(field.Alias);
                Visit(field.Name);
                VisitAll(field.Arguments);
                VisitAll(field.Directives);
                VisitOptional(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Visit(argument.Name);
                Visit(argument.Value);
                break;
            case FragmentSpreadNode spread:
                Visit(spread.Name);
                VisitAll(spread.Directives);
                break;
            case InlineFragmentNode inline:
                VisitOptional(inline.TypeCondition);
                VisitAll(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Visit(fragment.Name);
                Visit(fragment.TypeCondition);
                VisitAll(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            case VariableNode variable:
                Visit(variable.Name);
                break;
            case ListValueNode list:
                VisitAll(list.Values);
                break;
            case ObjectValueNode obj:
                VisitAll(obj.Fields);
                break;
            case ObjectFieldNode objectField:
                Visit(objectField.Name);
                Visit(objectField.Value);
                break;
            case DirectiveNode directive:
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                break;
            case NamedTypeNode namedType:
                Visit(namedType.Name);
                break;
            case ListTypeNode listType:
                Visit(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Visit(nonNullType.Type);
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitOptional(schema.Description);
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Visit(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                VisitOptional(scalar.Description);
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            case ComplexTypeDefinitionNode complex:
                VisitOptional(complex.Description);
                Visit(complex.Name);
                VisitAll(complex.Interfaces);
                VisitAll(complex.Directives);
                VisitAll(complex.Fields);
                break;
            case FieldDefinitionNode field:
                VisitOptional(field.Description);
                Visit(field.Name);
                VisitAll(field.Arguments);
                Visit(field.Type);
                VisitAll(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                VisitOptional(inputValue.Description);
                Visit(inputValue.Name);
                Visit(inputValue.Type);
                VisitOptional(inputValue.DefaultValue);
                VisitAll(inputValue.Directives);
                break;
            case UnionTypeDefinitionNode union:
                VisitOptional(union.Description);
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                VisitOptional(enumType.Description);
                Visit(enumType.Name);
                VisitAll(enumType.Directives);
                VisitAll(enumType.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                VisitOptional(enumValue.Description);
                Visit(enumValue.Name);
                VisitAll(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                VisitOptional(inputObject.Description);
                Visit(inputObject.Name);
                VisitAll(inputObject.Directives);
                VisitAll(inputObject.Fields);
                break;
            case DirectiveDefinitionNode directive:
                VisitOptional(directive.Description);
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                VisitAll(directive.Locations);
                break;
        }
    }
}
