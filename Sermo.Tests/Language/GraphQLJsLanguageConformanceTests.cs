using System.Buffers;
using System.Text;
using Sermo.GraphQL;
using Sermo.GraphQL.Language;
using Xunit.Abstractions;

namespace Sermo.Tests.Language;

/// <summary>Our lexer, parser and printer against graphql-js 16's own language tests (see the README of
/// the data folder): every rejected text must fail at the same line and column with the same message,
/// every accepted document must print exactly as graphql-js prints it.</summary>
public sealed class GraphQLJsLanguageConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> SyntaxErrorCases() =>
        Rows(LanguageConformanceData.SyntaxErrors, c => $"{c.Api}: {c.Test} :: {Shorten(c.Source)}", _ => true);

    public static TheoryData<string, int> ValidDocumentCases() =>
        Rows(LanguageConformanceData.ValidDocuments, c => $"{c.Test} :: {Shorten(c.Source)}", c => !c.LegacyFragmentVariables);

    public static TheoryData<string, int> LegacyFragmentVariableCases() =>
        Rows(LanguageConformanceData.ValidDocuments, c => $"{c.Test} :: {Shorten(c.Source)}", c => c.LegacyFragmentVariables);

    [LanguageConformanceTheory]
    [MemberData(nameof(SyntaxErrorCases))]
    public void Rejects_the_text_where_and_as_graphql_js_does(string label, int index)
    {
        var testCase = LanguageConformanceData.SyntaxErrors[index];
        output.WriteLine(label);
        var options = Options(testCase.MaxTokens, noLocation: false);
        Action read = testCase.Api switch
        {
            "parse" => () => Parser.Parse(testCase.Source, options),
            "lex" => () => LexToEnd(testCase.Source),
            "parseValue" => () => Parser.ParseValue(testCase.Source, options),
            "parseConstValue" => () => Parser.ParseConstValue(testCase.Source, options),
            _ => throw new InvalidOperationException($"Unknown api '{testCase.Api}' in the conformance data."),
        };
        AssertFails(testCase.Error, read);
        // parse() of the same text: computed by graphql-js for every case, asserted by none of its tests.
        AssertFails(testCase.DocumentError, () => Parser.Parse(testCase.Source, options));
    }

    [LanguageConformanceTheory]
    [MemberData(nameof(ValidDocumentCases))]
    public void Parses_and_prints_as_graphql_js_does(string label, int index)
    {
        var testCase = LanguageConformanceData.ValidDocuments[index];
        output.WriteLine(label);
        var document = Parser.Parse(testCase.Source, Options(testCase.MaxTokens, testCase.NoLocation));

        Assert.Equal(testCase.Printed, Printer.Print(document));
        Assert.Equal(testCase.Printed, Printer.Print(Parser.Parse(testCase.Printed)));
        if (testCase.NoLocation)
            Assert.Null(document.Definitions[0].Location);
        else
            Assert.NotNull(document.Definitions[0].Location);
    }

    /// <summary>graphql-js's <c>allowLegacyFragmentVariables</c> option is not supported: our syntax tree has
    /// no variable definitions on fragments (they are not in the spec). These documents must fail exactly
    /// as graphql-js fails them without the option.</summary>
    [LanguageConformanceTheory]
    [MemberData(nameof(LegacyFragmentVariableCases))]
    public void Unsupported_legacy_fragment_variables_are_rejected_as_graphql_js_does_without_the_option(string label, int index)
    {
        var testCase = LanguageConformanceData.ValidDocuments[index];
        output.WriteLine(label);
        output.WriteLine("Unsupported: allowLegacyFragmentVariables (fragment variable definitions are not in the spec or our syntax tree).");
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(testCase.Source));
        Assert.StartsWith("Syntax Error: Expected \"on\", found \"(\".", error.Error.Message, StringComparison.Ordinal);
    }

    private void AssertFails(ExpectedError expected, Action read)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(read).Error;
        output.WriteLine($"expected: {expected.Message} at {string.Join(", ", expected.Locations)}");
        output.WriteLine($"actual:   {error.Message} at {string.Join(", ", error.Locations ?? [])}");
        Assert.Equal(expected.Locations, error.Locations);
        Assert.Equal(OurWording(expected.Message), error.Message);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
    }

    /// <summary>graphql-js's message with the one wording we chose not to copy: its "more that" typo.</summary>
    private static string OurWording(string graphqlJsMessage) =>
        graphqlJsMessage.Replace("contains more that ", "contains more than ", StringComparison.Ordinal);

    /// <summary>Reads every token, as graphql-js's lexer tests do; returns how many there were.</summary>
    private static int LexToEnd(string source)
    {
        var utf8 = Utf8Source.Encode(source, out var length);
        try
        {
            var lexer = new Lexer(utf8.AsSpan(0, length));
            var tokens = 0;
            while (lexer.Read() != TokenKind.EndOfFile)
                tokens++;
            return tokens;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static ParserOptions Options(int? maxTokens, bool noLocation) =>
        maxTokens is { } limit ? new ParserOptions { MaxTokens = limit, NoLocation = noLocation } : new ParserOptions { NoLocation = noLocation };

    private static TheoryData<string, int> Rows<T>(IReadOnlyList<T> cases, Func<T, string> label, Func<T, bool> include)
    {
        var rows = new TheoryData<string, int>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (include(cases[i]))
                rows.Add($"#{i} {label(cases[i])}", i);
        }
        return rows;
    }

    /// <summary>The start of a source for a test's display name, printable ASCII only.</summary>
    private static string Shorten(string source)
    {
        var text = new StringBuilder();
        foreach (var c in source.Trim())
        {
            if (text.Length >= 40)
                return text.Append("...").ToString();
            if (c is '\n' or '\r')
                text.Append(' ');
            else if (c is < ' ' or > '~')
                text.Append($"\\u{(int)c:X4}");
            else
                text.Append(c);
        }
        return text.ToString();
    }
}
