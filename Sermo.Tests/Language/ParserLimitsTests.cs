using System.Text;
using Sermo.GraphQL;
using Sermo.GraphQL.Language;

namespace Sermo.Tests.Language;

/// <summary>Hostile documents fail fast with a GraphQL error: too many bytes, too many tokens, too deep.</summary>
public sealed class ParserLimitsTests
{
    [Fact]
    public void A_document_over_the_byte_limit_is_refused_before_it_is_read()
    {
        var options = new ParserOptions { MaxDocumentBytes = 100 };
        // Not even valid GraphQL: size is checked first.
        var text = new string('~', 101);

        var fromString = Assert.Throws<GraphQLException>(() => Parser.Parse(text, options));
        var fromBytes = Assert.Throws<GraphQLException>(() => Parser.Parse(Encoding.UTF8.GetBytes(text), options));

        Assert.Equal(ErrorCodes.DocumentTooLarge, fromString.Error.Code);
        Assert.Equal(ErrorCodes.DocumentTooLarge, fromBytes.Error.Code);
        Assert.Contains("100 bytes", fromBytes.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_byte_limit_counts_utf8_bytes_not_characters()
    {
        var options = new ParserOptions { MaxDocumentBytes = 20 };
        // 17 characters, 22 bytes of UTF-8.
        var text = "{ a(s: \"ééééé\") }";

        var fromString = Assert.Throws<GraphQLException>(() => Parser.Parse(text, options));
        var fromBytes = Assert.Throws<GraphQLException>(() => Parser.Parse(Encoding.UTF8.GetBytes(text), options));

        Assert.Equal(ErrorCodes.DocumentTooLarge, fromString.Error.Code);
        Assert.Equal(ErrorCodes.DocumentTooLarge, fromBytes.Error.Code);
        Assert.Single(Parser.Parse(text, new ParserOptions { MaxDocumentBytes = 22 }).Definitions);
    }

    [Fact]
    public void An_unpaired_surrogate_counts_as_the_three_bytes_it_is_read_as()
    {
        const string text = "\"\uD800\"";

        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Throws<GraphQLException>(() => Parser.ParseValue(text, new ParserOptions { MaxDocumentBytes = 4 })).Error.Code);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(text, new ParserOptions { MaxDocumentBytes = 5 }));
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", error.Error.Message);
    }

    [Fact]
    public void The_default_byte_limit_is_one_mebibyte()
    {
        var justOver = "{a}" + new string(' ', (1024 * 1024) - 2);

        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Throws<GraphQLException>(() => Parser.Parse(justOver)).Error.Code);
        Assert.Single(Parser.Parse(justOver[..^1]).Definitions);
    }

    [Fact]
    public void More_tokens_than_the_limit_stop_the_parse_at_the_first_token_too_many()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => "f" + i));
        var document = "{ " + fields + " }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document));

        Assert.Equal(ErrorCodes.SyntaxError, error.Error.Code);
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Error.Message);
        // Token 15001 is field 14999 (the brace is token 1).
        Assert.Equal(document.IndexOf(" f14999 ", StringComparison.Ordinal) + 2, error.Column);
    }

    [Fact]
    public void A_document_of_exactly_the_token_limit_parses()
    {
        // { a b } is four tokens; the end of the file is not counted.
        Assert.Single(Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 4 }).Definitions);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 3 }));
    }

    [Fact]
    public void Selection_sets_nested_to_the_depth_limit_parse_and_one_deeper_fails()
    {
        static string Nested(int depth) => Repeat("{ a ", depth) + Repeat("}", depth);

        Assert.Single(Parser.Parse(Nested(64)).Definitions);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Nested(65)));

        Assert.Equal(ErrorCodes.SyntaxError, error.Error.Code);
        Assert.Contains("nested deeper than the limit of 64", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
        Assert.Equal((64 * 4) + 1, error.Column);
    }

    [Theory]
    [InlineData("{ f(a: ", "[", "1", "]", ") }")]
    [InlineData("{ f(a: ", "{a: ", "1", "}", ") }")]
    [InlineData("query ($v: ", "[", "Int", "]", ") { f }")]
    public void Deep_values_and_types_fail_with_a_syntax_error_instead_of_exhausting_the_stack(
        string before, string open, string innermost, string close, string after)
    {
        // Far deeper than any stack could recurse: must stop at the limit, not crash the process.
        const int depth = 200_000;
        var document = before + Repeat(open, depth) + innermost + Repeat(close, depth) + after;
        var options = new ParserOptions { MaxTokens = 10 * depth, MaxDocumentBytes = 10 * depth };

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document, options));

        Assert.Contains("nested deeper than the limit of 64", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raised_depth_limit_still_cannot_overflow_the_stack()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };
        const int depth = 1_000_000;
        var document = "{ f(a: " + Repeat("[", depth) + Repeat("]", depth) + ") }";

        // On a thread with a small stack the guard must turn the recursion into an error.
        Exception? error = null;
        var thread = new Thread(() => error = Record.Exception(() => Parser.Parse(document, options)), 1024 * 1024);
        thread.Start();
        thread.Join();

        var syntaxError = Assert.IsType<GraphQLSyntaxException>(error);
        Assert.Contains("nested too deeply", syntaxError.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Limits_must_be_positive(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDocumentBytes = limit });
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
