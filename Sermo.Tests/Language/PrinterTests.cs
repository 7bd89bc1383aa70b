using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.Tests.Language;

/// <summary>graphql-js 16 layout rules that its recorded outputs only touch lightly.</summary>
public sealed class PrinterTests
{
    [Theory]
    [InlineData("abc", "\"\"\"abc\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with a quote\"", "\"\"\"\nends with a quote\"\n\"\"\"")]
    [InlineData("ends with a backslash\\", "\"\"\"\nends with a backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void Block_strings_print_as_graphql_js_prints_them(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));
        // And reading the printed form gives the value back.
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Strings_escape_quotes_backslashes_and_control_characters()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F\\u009Fé\"", Printer.PrintString("a\"b\\c\n\u0001\u007F\u009Fé"));
    }

    [Fact]
    public void Block_string_lines_follow_the_indentation_of_where_they_stand()
    {
        var document = Parser.Parse("{ a { b(text: \"\"\"one\ntwo\"\"\") } }");

        Assert.Equal("{\n  a {\n    b(text: \"\"\"\n    one\n    two\n    \"\"\")\n  }\n}", Printer.Print(document));
    }

    [Fact]
    public void Field_arguments_break_over_lines_when_the_line_would_pass_80_characters()
    {
        var eighty = "{\n  f(a: \"" + new string('x', 72) + "\")\n}";
        var eightyOne = Parser.Parse("{ f(a: \"" + new string('x', 73) + "\") }");

        Assert.Equal(eighty, Printer.Print(Parser.Parse(eighty)));
        Assert.Equal("{\n  f(\n    a: \"" + new string('x', 73) + "\"\n  )\n}", Printer.Print(eightyOne));
    }

    [Fact]
    public void Argument_definitions_go_on_their_own_lines_only_when_one_has_a_description()
    {
        Assert.Equal("type T {\n  f(a: Int, b: Int): Int\n}", Printer.Print(Parser.Parse("type T { f(a: Int b: Int): Int }")));
        Assert.Equal("type T {\n  f(\n    \"d\"\n    a: Int\n    b: Int\n  ): Int\n}", Printer.Print(Parser.Parse("type T { f(\"d\" a: Int b: Int): Int }")));
    }

    [Fact]
    public void Trees_built_in_code_print_without_locations()
    {
        var field = new FieldNode(null, new NameNode("hello"), [new ArgumentNode(new NameNode("to"), new StringValueNode("world"))], [], null);
        var operation = new OperationDefinitionNode(OperationType.Mutation, new NameNode("Greet"), [], [], new SelectionSetNode([field]));

        Assert.Equal("mutation Greet {\n  hello(to: \"world\")\n}", Printer.Print(new DocumentNode([operation])));
    }
}
