using System.Text;
using Sermo.GraphQL;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.Tests.Language;

/// <summary>The shape and locations of parsed trees, and the entry points the conformance data does not
/// exercise.</summary>
public sealed class ParserTests
{
    [Fact]
    public void Nodes_span_from_their_first_to_their_last_token()
    {
        const string source = "query Q($id: ID! = \"x\") {\n  me: user(id: $id) @skip(if: false) { name }\n}";

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));

        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        Assert.Equal(new Location(28, 71, 2, 3), field.Location);
        Assert.Equal("me", field.Alias!.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal("user", source[field.Name.Location!.Value.Start..field.Name.Location!.Value.End]);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(variable.Type).Type).Name.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(variable.DefaultValue).Value);
    }

    [Fact]
    public void Parsing_bytes_and_parsing_the_same_text_as_a_string_agree()
    {
        const string source = "{ a(s: \"ü\\u00FC\", l: [1, 2.5e3, ENUM, null, true, {o: $v}]) }";

        var fromString = Parser.Parse(source);
        var fromBytes = Parser.Parse(Encoding.UTF8.GetBytes(source));

        Assert.Equal(Printer.Print(fromString), Printer.Print(fromBytes));
        Assert.Equal("{\n  a(s: \"üü\", l: [1, 2.5e3, ENUM, null, true, {o: $v}])\n}", Printer.Print(fromBytes));
    }

    [Fact]
    public void Repeated_names_share_one_string()
    {
        var document = Parser.Parse("{ user { id } other: user { id } }");
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToArray();

        Assert.Same(fields[0].Name.Value, fields[1].Name.Value);
        Assert.Same(((FieldNode)fields[0].SelectionSet!.Selections[0]).Name.Value, ((FieldNode)fields[1].SelectionSet!.Selections[0]).Name.Value);
    }

    [Fact]
    public void No_location_leaves_every_node_without_one()
    {
        var document = Parser.Parse("{ a(b: [null]) }", new ParserOptions { NoLocation = true });
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

        Assert.Null(document.Location);
        Assert.Null(field.Location);
        Assert.Null(field.Name.Location);
        Assert.Null(((ListValueNode)field.Arguments[0].Value).Values[0].Location);
    }

    [Fact]
    public void Type_system_nodes_carry_their_parts()
    {
        var document = Parser.Parse("""
            "Things"
            interface Node implements & Entity & Named @key(fields: "id") { id: ID! }
            extend union U = | A | B
            directive @key(fields: String!) repeatable on OBJECT | INTERFACE
            extend schema @link { subscription: S }
            """);

        var node = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Things", node.Description!.Value);
        Assert.Equal(["Entity", "Named"], node.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(SyntaxKind.InterfaceTypeDefinition, node.Kind);
        var union = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[1]);
        Assert.True(union.IsExtension);
        Assert.Equal(SyntaxKind.UnionTypeExtension, union.Kind);
        Assert.Equal(["A", "B"], union.Types.Select(t => t.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[2]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[3]);
        Assert.Equal(SyntaxKind.SchemaExtension, schema.Kind);
        Assert.Equal(OperationType.Subscription, Assert.Single(schema.OperationTypes).Operation);
    }

    [Fact]
    public void Default_values_and_directive_arguments_on_definitions_must_be_constant()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("type T { f(a: Int = $v): Int }"));

        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Error.Message);
        Assert.Equal((1, 21), (error.Line, error.Column));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query ($a: Int @d(x: $b)) { f }"));
    }

    [Fact]
    public void An_empty_document_is_a_syntax_error()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("  # nothing but a comment\n"));

        Assert.Equal("Syntax Error: Unexpected <EOF>.", error.Error.Message);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal(ErrorCodes.SyntaxError, error.Error.Code);
        Assert.Equal([new ErrorLocation(2, 1)], error.Error.Locations);
    }

    [Fact]
    public void Type_references_parse_alone()
    {
        var type = Parser.ParseType("[[Int!]]!");

        Assert.Equal("[[Int!]]!", Printer.Print(type));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("[Int"));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int!!"));
    }

    [Fact]
    public void Operations_fragments_and_variables_take_descriptions_as_the_September_2025_spec_allows()
    {
        const string source = "\"\"\"Fetch me\"\"\"\nquery Me(\"the id\" $id: ID) { me }\n\"Reusable\" fragment F on T { a }";

        var document = Parser.Parse(source);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Fetch me", operation.Description!.Value);
        Assert.True(operation.Description.Block);
        Assert.Equal(new Location(0, 48, 1, 1), operation.Location);
        Assert.Equal("the id", Assert.Single(operation.VariableDefinitions).Description!.Value);
        Assert.Equal("Reusable", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Value);
        // graphql-js 16.12+ layout: a variable with a description puts each variable on its own line, unindented.
        const string printed = "\"\"\"Fetch me\"\"\"\nquery Me(\n\"the id\"\n$id: ID\n) {\n  me\n}\n\n\"Reusable\"\nfragment F on T {\n  a\n}";
        Assert.Equal(printed, Printer.Print(document));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void The_query_shorthand_and_extensions_take_no_description()
    {
        var shorthand = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("\"d\" { a }"));
        var extension = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("\"d\" extend type T @k"));

        Assert.Equal(("Syntax Error: Unexpected \"{\".", 1, 5), (shorthand.Error.Message, shorthand.Line, shorthand.Column));
        Assert.Equal(("Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1), (extension.Error.Message, extension.Line, extension.Column));
    }
}
