using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1: every literal value is acceptable for the input type expected where it is written
/// (scalars via their literal parsing, enums by value name, input objects by their fields, including the
/// one-of rule); variables are checked by VariablesInAllowedPosition instead.</summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _variableDefinitions = new(StringComparer.Ordinal);

        // A nullable variable as the one field of a one-of input object is VariablesInAllowedPositionRule's error
        // (graphql-js 16.10 on, and the spec's "All Variable Usages Are Allowed"); this rule reports it only when
        // run without that one, as graphql-js's did before, so the error is never reported twice.
        private readonly bool _checksOneOfVariables = !context.Runs<VariablesInAllowedPositionRule>();

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _variableDefinitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _variableDefinitions[definition.Variable.Name.Value] = definition;
                    break;
                case ListValueNode list:
                    // A list where a single value is expected is checked as a whole (the items have no expected type).
                    if (context.ParentInputType?.Nullable() is not ListType)
                    {
                        CheckLeafValue(list);
                        return VisitAction.SkipChildren;
                    }
                    break;
                case ObjectValueNode obj:
                    if (context.InputType?.NamedType() is not InputObjectType inputObject)
                    {
                        CheckLeafValue(obj);
                        return VisitAction.SkipChildren;
                    }
                    CheckInputObject(obj, inputObject);
                    break;
                case ObjectFieldNode field:
                    if (context.InputType is null && context.ParentInputType?.NamedType() is InputObjectType parentObject)
                    {
                        var hint = context.DidYouMean(() => Suggestions.Closest(field.Name.Value, parentObject.Fields.Select(f => f.Name)));
                        context.ReportError(
                            $"Field \"{field.Name.Value}\" is not defined by type \"{parentObject.Name}\".{hint}",
                            field);
                    }
                    break;
                case NullValueNode nullValue:
                    if (context.InputType is NonNullType expected)
                        context.ReportError($"Expected value of type \"{expected}\", found {Printer.Print(nullValue)}.", nullValue);
                    break;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeafValue((ValueNode)node);
                    break;
            }
            return VisitAction.Continue;
        }

        private void CheckInputObject(ObjectValueNode obj, InputObjectType type)
        {
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in obj.Fields)
                given.TryAdd(field.Name.Value, field);
            foreach (var field in type.Fields)
            {
                if (!given.ContainsKey(field.Name) && field.Type is NonNullType && !field.HasDefaultValue)
                    context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
            }
            if (type.IsOneOf)
                CheckOneOf(obj, type, given);
        }

        private void CheckOneOf(ObjectValueNode obj, InputObjectType type, Dictionary<string, ObjectFieldNode> given)
        {
            if (given.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
                return;
            }
            var (name, field) = given.First();
            switch (field.Value)
            {
                case NullValueNode:
                    context.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", obj);
                    break;
                case VariableNode variable
                    when _checksOneOfVariables && _variableDefinitions.TryGetValue(variable.Name.Value, out var definition) && definition.Type is not NonNullTypeNode:
                    context.ReportError(
                        $"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", obj);
                    break;
            }
        }

        private void CheckLeafValue(ValueNode value)
        {
            if (context.InputType is not { } expected)
                return;
            switch (expected.NamedType())
            {
                case ScalarType scalar:
                    try
                    {
                        scalar.ParseLiteral(value);
                    }
                    catch (ScalarCoercionException exception)
                    {
                        context.ReportError(exception.Message, value);
                    }
                    catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException or ArgumentException or InvalidOperationException)
                    {
                        // A custom scalar that fails in its own way still means the literal is not acceptable.
                        context.ReportError($"Expected value of type \"{expected}\", found {Printer.Print(value)}; {exception.Message}", value);
                    }
                    break;
                case EnumType enumType:
                    CheckEnumValue(value, enumType);
                    break;
                default:
                    context.ReportError($"Expected value of type \"{expected}\", found {Printer.Print(value)}.", value);
                    break;
            }
        }

        private void CheckEnumValue(ValueNode value, EnumType enumType)
        {
            if (value is EnumValueNode enumValue)
            {
                if (!enumType.Values.Contains(enumValue.Value))
                    context.ReportError(
                        $"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum.{SuggestEnumValues(enumType, enumValue.Value)}",
                        value);
                return;
            }
            var printed = Printer.Print(value);
            context.ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.{SuggestEnumValues(enumType, printed)}", value);
        }

        private string SuggestEnumValues(EnumType enumType, string written) =>
            context.DidYouMean(() => Suggestions.Closest(written, enumType.Values.Select(value => value.Name)), "the enum value");
    }
}
