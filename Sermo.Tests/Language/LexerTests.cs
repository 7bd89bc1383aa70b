using System.Text;
using Sermo.GraphQL.Language;

namespace Sermo.Tests.Language;

/// <summary>Token positions and values on inputs the conformance data does not cover.</summary>
public sealed class LexerTests
{
    private readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string Text);

    private static List<Token> Lex(string source) => Lex(Encoding.UTF8.GetBytes(source));

    private static List<Token> Lex(byte[] utf8)
    {
        var tokens = new List<Token>();
        var lexer = new Lexer(utf8);
        while (lexer.Read() != TokenKind.EndOfFile)
        {
            var text = lexer.Kind is TokenKind.String or TokenKind.BlockString ? lexer.GetStringValue() : Encoding.UTF8.GetString(lexer.RawValue);
            tokens.Add(new Token(lexer.Kind, lexer.Start, lexer.End, lexer.Line, lexer.Column, text));
        }
        tokens.Add(new Token(TokenKind.EndOfFile, lexer.Start, lexer.End, lexer.Line, lexer.Column, ""));
        return tokens;
    }

    [Fact]
    public void Columns_count_utf16_code_units_while_offsets_count_bytes()
    {
        // é is 2 bytes and 1 unit; 😀 is 4 bytes and 2 units.
        var tokens = Lex("\"é😀\" x # ¿😀?\n  y");

        Assert.Equal(new Token(TokenKind.String, 0, 8, 1, 1, "é😀"), tokens[0]);
        Assert.Equal(new Token(TokenKind.Name, 9, 10, 1, 7, "x"), tokens[1]);
        Assert.Equal(new Token(TokenKind.Name, 23, 24, 2, 3, "y"), tokens[2]);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored_and_takes_one_column()
    {
        var tokens = Lex("\uFEFF{ \uFEFFa }");

        Assert.Equal((TokenKind.LeftBrace, 3, 1, 2), (tokens[0].Kind, tokens[0].Start, tokens[0].Line, tokens[0].Column));
        Assert.Equal((TokenKind.Name, 8, 1, 5), (tokens[1].Kind, tokens[1].Start, tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Cr_lf_and_crlf_each_end_one_line()
    {
        var tokens = Lex("a\r\nb\rc\nd\n\re");

        Assert.Equal([1, 2, 3, 4, 6], tokens.Take(5).Select(t => t.Line));
        Assert.All(tokens.Take(5), t => Assert.Equal(1, t.Column));
    }

    [Fact]
    public void Lines_inside_a_block_string_move_the_following_tokens_down()
    {
        var tokens = Lex("a \"\"\"one\r\n  two\n\"\"\" b");

        Assert.Equal(new Token(TokenKind.BlockString, 2, 19, 1, 3, "one\ntwo"), tokens[1]);
        Assert.Equal((3, 5), (tokens[2].Line, tokens[2].Column));
    }

    [Fact]
    public void Block_strings_lose_common_indentation_and_blank_edge_lines_and_keep_escaped_quotes()
    {
        var tokens = Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours, \\\"\"\"\n  \t\n  \"\"\"");

        Assert.Equal("Hello,\n  World!\n\nYours, \"\"\"", tokens[0].Text);
    }

    [Theory]
    [InlineData("\"\\u00e9\"", "é")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "a\"b\\c/d\b\f\n\r\t")]
    [InlineData("\"\\u{0}\"", "\0")]
    public void Escapes_resolve_to_the_characters_they_stand_for(string source, string value)
    {
        Assert.Equal(value, Lex(source)[0].Text);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)' ', 0xFF, (byte)'}' }, "Invalid character: byte 0xFF, which is not UTF-8.")]
    [InlineData(new byte[] { (byte)'"', (byte)'a', 0xC3, (byte)'"' }, "Invalid character within String: byte 0xC3, which is not UTF-8.")]
    [InlineData(new byte[] { (byte)'#', (byte)'a', 0xE2, 0x82 }, "Invalid character: byte 0xE2, which is not UTF-8.")]
    public void Bytes_that_are_not_utf8_are_an_error_at_their_place(byte[] source, string message)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

        Assert.Equal("Syntax Error: " + message, error.Error.Message);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_string_argument_is_reported_where_it_stands()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: \"x\uD800y\") }"));

        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", error.Error.Message);
        Assert.Equal((1, 10), (error.Line, error.Column));
    }

    [Fact]
    public void End_of_file_stays_put()
    {
        var lexer = new Lexer("a"u8);
        Assert.Equal(TokenKind.Name, lexer.Read());
        Assert.Equal(TokenKind.EndOfFile, lexer.Read());
        Assert.Equal(TokenKind.EndOfFile, lexer.Read());
        Assert.Equal((1, 1), (lexer.Start, lexer.End));
    }
}
