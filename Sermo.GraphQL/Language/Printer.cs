using System.Text;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Language;

/// <summary>Writes a syntax tree back as GraphQL text in graphql-js 16's canonical layout (two-space
/// indentation, field arguments broken over lines past 80 characters, block strings in their printed
/// form), so that the output equals graphql-js's <c>print()</c>.</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new Writer();
        writer.Node(node);
        return writer.ToString();
    }

    /// <summary>Quotes <paramref name="value"/> as a GraphQL string literal.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }
        builder.Append('"');
    }

    /// <summary>Writes into one buffer, indenting after every line break by the current depth, which is
    /// what graphql-js gets by indenting each nested block's text.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _indent;

        public override string ToString() => _text.ToString();

        public void Node(SyntaxNode node)
        {
            switch (node)
            {
                case DocumentNode document: Join(document.Definitions, "\n\n"); break;
                case OperationDefinitionNode operation: Operation(operation); break;
                case VariableDefinitionNode variable: VariableDefinition(variable); break;
                case SelectionSetNode selectionSet: Block(selectionSet.Selections); break;
                case FieldNode field: Field(field); break;
                case ArgumentNode argument: NameAndValue(argument.Name, argument.Value); break;
                case FragmentSpreadNode spread: FragmentSpread(spread); break;
                case InlineFragmentNode inline: InlineFragment(inline); break;
                case FragmentDefinitionNode fragment: FragmentDefinition(fragment); break;
                case ValueNode value: Value(value); break;
                case ObjectFieldNode objectField: NameAndValue(objectField.Name, objectField.Value); break;
                case DirectiveNode directive: Directive(directive); break;
                case TypeNode type: Type(type); break;
                case NameNode name: _text.Append(name.Value); break;
                case SchemaDefinitionNode schema: Schema(schema); break;
                case OperationTypeDefinitionNode operationType: OperationTypeDefinition(operationType); break;
                case ScalarTypeDefinitionNode scalar: ScalarType(scalar); break;
                case ComplexTypeDefinitionNode complex: ComplexType(complex); break;
                case FieldDefinitionNode fieldDefinition: FieldDefinition(fieldDefinition); break;
                case InputValueDefinitionNode inputValue: InputValueDefinition(inputValue); break;
                case UnionTypeDefinitionNode union: UnionType(union); break;
                case EnumTypeDefinitionNode enumType: EnumType(enumType); break;
                case EnumValueDefinitionNode enumValue: EnumValueDefinition(enumValue); break;
                case InputObjectTypeDefinitionNode input: InputObjectType(input); break;
                case DirectiveDefinitionNode directiveDefinition: DirectiveDefinition(directiveDefinition); break;
                default: throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node));
            }
        }

        private void Operation(OperationDefinitionNode node)
        {
            var hasVariables = node.VariableDefinitions.Count > 0;
            if (node.Operation == OperationType.Query && node.Name is null && !hasVariables && node.Directives.Count == 0 && node.Description is null)
            {
                Block(node.SelectionSet.Selections);
                return;
            }
            Description(node.Description);
            _text.Append(OperationKeyword(node.Operation));
            if (node.Name is not null || hasVariables)
            {
                _text.Append(' ').Append(node.Name?.Value);
                VariableDefinitions(node.VariableDefinitions);
            }
            Directives(node.Directives);
            SpaceAndBlock(node.SelectionSet.Selections);
        }

        /// <summary>On one line unless one of them spans lines (has a block description, say); graphql-js
        /// then puts each on its own line without indenting them.</summary>
        private void VariableDefinitions(IReadOnlyList<VariableDefinitionNode> variables)
        {
            if (variables.Count == 0)
                return;
            var start = _text.Length;
            Wrap("(", variables, ", ", ")");
            if (!HasLineBreak(start))
                return;
            _text.Length = start;
            ItemsOnLines("(", variables, ")", indented: false);
        }

        private void VariableDefinition(VariableDefinitionNode node)
        {
            Description(node.Description);
            _text.Append('$').Append(node.Variable.Name.Value).Append(": ");
            Type(node.Type);
            if (node.DefaultValue is not null)
            {
                _text.Append(" = ");
                Value(node.DefaultValue);
            }
            Directives(node.Directives);
        }

        private void Field(FieldNode node)
        {
            var start = _text.Length;
            if (node.Alias is not null)
                _text.Append(node.Alias.Value).Append(": ");
            _text.Append(node.Name.Value);
            if (node.Arguments.Count > 0)
            {
                var argumentsStart = _text.Length;
                Wrap("(", node.Arguments, ", ", ")");
                if (UnindentedLength(start) > MaxLineLength)
                {
                    _text.Length = argumentsStart;
                    IndentedList("(", node.Arguments, ")");
                }
            }
            Directives(node.Directives);
            if (node.SelectionSet is not null)
                SpaceAndBlock(node.SelectionSet.Selections);
        }

        private void FragmentSpread(FragmentSpreadNode node)
        {
            _text.Append("...").Append(node.Name.Value);
            Directives(node.Directives);
        }

        private void InlineFragment(InlineFragmentNode node)
        {
            _text.Append("...");
            if (node.TypeCondition is not null)
                _text.Append(" on ").Append(node.TypeCondition.Name.Value);
            Directives(node.Directives);
            SpaceAndBlock(node.SelectionSet.Selections);
        }

        private void FragmentDefinition(FragmentDefinitionNode node)
        {
            Description(node.Description);
            _text.Append("fragment ").Append(node.Name.Value).Append(" on ").Append(node.TypeCondition.Name.Value);
            Directives(node.Directives);
            SpaceAndBlock(node.SelectionSet.Selections);
        }

        private void Value(ValueNode node)
        {
            switch (node)
            {
                case VariableNode variable: _text.Append('$').Append(variable.Name.Value); break;
                case IntValueNode intValue: _text.Append(intValue.Value); break;
                case FloatValueNode floatValue: _text.Append(floatValue.Value); break;
                case StringValueNode { Block: true } block: Multiline(BlockString.Print(block.Value)); break;
                case StringValueNode text: AppendString(_text, text.Value); break;
                case BooleanValueNode boolean: _text.Append(boolean.Value ? "true" : "false"); break;
                case NullValueNode: _text.Append("null"); break;
                case EnumValueNode enumValue: _text.Append(enumValue.Value); break;
                case ListValueNode list:
                    _text.Append('[');
                    Join(list.Values, ", ");
                    _text.Append(']');
                    break;
                case ObjectValueNode obj:
                    _text.Append('{');
                    Join(obj.Fields, ", ");
                    _text.Append('}');
                    break;
                default: throw new ArgumentException($"Cannot print a {node.Kind} value.", nameof(node));
            }
        }

        private void NameAndValue(NameNode name, ValueNode value)
        {
            _text.Append(name.Value).Append(": ");
            Value(value);
        }

        private void Directive(DirectiveNode node)
        {
            _text.Append('@').Append(node.Name.Value);
            Wrap("(", node.Arguments, ", ", ")");
        }

        private void Type(TypeNode node)
        {
            switch (node)
            {
                case NamedTypeNode named: _text.Append(named.Name.Value); break;
                case ListTypeNode list:
                    _text.Append('[');
                    Type(list.Type);
                    _text.Append(']');
                    break;
                case NonNullTypeNode nonNull:
                    Type(nonNull.Type);
                    _text.Append('!');
                    break;
                default: throw new ArgumentException($"Cannot print a {node.Kind} type.", nameof(node));
            }
        }

        private void Schema(SchemaDefinitionNode node)
        {
            Head(node.IsExtension, node.Description, "schema");
            Directives(node.Directives);
            SpaceAndBlock(node.OperationTypes);
        }

        private void OperationTypeDefinition(OperationTypeDefinitionNode node) =>
            _text.Append(OperationKeyword(node.Operation)).Append(": ").Append(node.Type.Name.Value);

        private void ScalarType(ScalarTypeDefinitionNode node)
        {
            Head(node.IsExtension, node.Description, "scalar");
            _text.Append(' ').Append(node.Name.Value);
            Directives(node.Directives);
        }

        private void ComplexType(ComplexTypeDefinitionNode node)
        {
            Head(node.IsExtension, node.Description, node is InterfaceTypeDefinitionNode ? "interface" : "type");
            _text.Append(' ').Append(node.Name.Value);
            Wrap(" implements ", node.Interfaces, " & ", "");
            Directives(node.Directives);
            SpaceAndBlock(node.Fields);
        }

        private void FieldDefinition(FieldDefinitionNode node)
        {
            Description(node.Description);
            _text.Append(node.Name.Value);
            ArgumentDefinitions(node.Arguments);
            _text.Append(": ");
            Type(node.Type);
            Directives(node.Directives);
        }

        private void InputValueDefinition(InputValueDefinitionNode node)
        {
            Description(node.Description);
            _text.Append(node.Name.Value).Append(": ");
            Type(node.Type);
            if (node.DefaultValue is not null)
            {
                _text.Append(" = ");
                Value(node.DefaultValue);
            }
            Directives(node.Directives);
        }

        private void UnionType(UnionTypeDefinitionNode node)
        {
            Head(node.IsExtension, node.Description, "union");
            _text.Append(' ').Append(node.Name.Value);
            Directives(node.Directives);
            Wrap(" = ", node.Types, " | ", "");
        }

        private void EnumType(EnumTypeDefinitionNode node)
        {
            Head(node.IsExtension, node.Description, "enum");
            _text.Append(' ').Append(node.Name.Value);
            Directives(node.Directives);
            SpaceAndBlock(node.Values);
        }

        private void EnumValueDefinition(EnumValueDefinitionNode node)
        {
            Description(node.Description);
            _text.Append(node.Name.Value);
            Directives(node.Directives);
        }

        private void InputObjectType(InputObjectTypeDefinitionNode node)
        {
            Head(node.IsExtension, node.Description, "input");
            _text.Append(' ').Append(node.Name.Value);
            Directives(node.Directives);
            SpaceAndBlock(node.Fields);
        }

        private void DirectiveDefinition(DirectiveDefinitionNode node)
        {
            Description(node.Description);
            _text.Append("directive @").Append(node.Name.Value);
            ArgumentDefinitions(node.Arguments);
            if (node.Repeatable)
                _text.Append(" repeatable");
            _text.Append(" on ");
            Join(node.Locations, " | ");
        }

        /// <summary>Argument definitions go on one line unless one of them spans lines.</summary>
        private void ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            if (arguments.Count == 0)
                return;
            var start = _text.Length;
            Wrap("(", arguments, ", ", ")");
            if (HasLineBreak(start))
            {
                _text.Length = start;
                IndentedList("(", arguments, ")");
            }
        }

        /// <summary>The description (definitions only: extensions print none) and the keyword.</summary>
        private void Head(bool isExtension, StringValueNode? description, string keyword)
        {
            if (isExtension)
            {
                _text.Append("extend ");
            }
            else
            {
                Description(description);
            }
            _text.Append(keyword);
        }

        private void Description(StringValueNode? description)
        {
            if (description is null)
                return;
            Value(description);
            NewLine();
        }

        private void Directives(IReadOnlyList<DirectiveNode> directives) => Wrap(" ", directives, " ", "");

        private void SpaceAndBlock<T>(IReadOnlyList<T> items)
            where T : SyntaxNode
        {
            if (items.Count == 0)
                return;
            _text.Append(' ');
            Block(items);
        }

        /// <summary><c>{</c>, each item on its own indented line, <c>}</c>; nothing for no items.</summary>
        private void Block<T>(IReadOnlyList<T> items)
            where T : SyntaxNode => IndentedList("{", items, "}");

        private void IndentedList<T>(string open, IReadOnlyList<T> items, string close)
            where T : SyntaxNode => ItemsOnLines(open, items, close, indented: true);

        private void ItemsOnLines<T>(string open, IReadOnlyList<T> items, string close, bool indented)
            where T : SyntaxNode
        {
            if (items.Count == 0)
                return;
            _text.Append(open);
            var outer = _indent;
            if (indented)
                _indent++;
            foreach (var item in items)
            {
                NewLine();
                Node(item);
            }
            _indent = outer;
            NewLine();
            _text.Append(close);
        }

        /// <summary><paramref name="start"/>, the items joined, <paramref name="end"/>; nothing for no items.</summary>
        private void Wrap<T>(string start, IReadOnlyList<T> items, string separator, string end)
            where T : SyntaxNode
        {
            if (items.Count == 0)
                return;
            _text.Append(start);
            Join(items, separator);
            _text.Append(end);
        }

        private void Join<T>(IReadOnlyList<T> items, string separator)
            where T : SyntaxNode
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                    Multiline(separator);
                Node(items[i]);
            }
        }

        /// <summary>Appends text whose line breaks must be indented like the rest.</summary>
        private void Multiline(string text)
        {
            var rest = text.AsSpan();
            while (true)
            {
                var lineBreak = rest.IndexOf('\n');
                if (lineBreak < 0)
                {
                    _text.Append(rest);
                    return;
                }
                _text.Append(rest[..lineBreak]);
                NewLine();
                rest = rest[(lineBreak + 1)..];
            }
        }

        private void NewLine() => _text.Append('\n').Append(' ', _indent * 2);

        /// <summary>Length of the text written since <paramref name="start"/> as if it were not indented,
        /// which is what graphql-js measures against the line limit.</summary>
        private int UnindentedLength(int start)
        {
            var length = _text.Length - start;
            for (var i = start; i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                    length -= _indent * 2;
            }
            return length;
        }

        private bool HasLineBreak(int start)
        {
            for (var i = start; i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                    return true;
            }
            return false;
        }

        private static string OperationKeyword(OperationType operation) => operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
    }
}
