using System.Buffers;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Language;

/// <summary>Parses GraphQL text (the whole current spec: executable and type-system documents) into the
/// syntax tree. Syntax errors and exceeded limits throw <see cref="GraphQLSyntaxException"/>; a document
/// over <see cref="ParserOptions.MaxDocumentBytes"/> throws <see cref="GraphQLException"/> with code
/// <see cref="ErrorCodes.DocumentTooLarge"/> before any of it is read.</summary>
public static class Parser
{
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (DocumentNode)Run(utf8, options, Goal.Document);

    public static DocumentNode Parse(string text, ParserOptions? options = null) =>
        (DocumentNode)Run(text, options, Goal.Document);

    /// <summary>One value, which may contain variables.</summary>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (ValueNode)Run(utf8, options, Goal.Value);

    public static ValueNode ParseValue(string text, ParserOptions? options = null) =>
        (ValueNode)Run(text, options, Goal.Value);

    /// <summary>One constant value: no variables anywhere in it.</summary>
    public static ValueNode ParseConstValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (ValueNode)Run(utf8, options, Goal.ConstValue);

    public static ValueNode ParseConstValue(string text, ParserOptions? options = null) =>
        (ValueNode)Run(text, options, Goal.ConstValue);

    /// <summary>One type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (TypeNode)Run(utf8, options, Goal.Type);

    public static TypeNode ParseType(string text, ParserOptions? options = null) =>
        (TypeNode)Run(text, options, Goal.Type);

    private enum Goal
    {
        Document,
        Value,
        ConstValue,
        Type,
    }

    private static SyntaxNode Run(ReadOnlySpan<byte> utf8, ParserOptions? options, Goal goal)
    {
        options ??= ParserOptions.Default;
        if (utf8.Length > options.MaxDocumentBytes)
            throw TooLarge(options);
        var parser = new Utf8Parser(utf8, options);
        try
        {
            return goal switch
            {
                Goal.Document => parser.ParseDocument(),
                Goal.Value => parser.ParseWholeValue(isConst: false),
                Goal.ConstValue => parser.ParseWholeValue(isConst: true),
                _ => parser.ParseWholeType(),
            };
        }
        finally
        {
            parser.Release();
        }
    }

    private static SyntaxNode Run(string text, ParserOptions? options, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        // Every UTF-16 code unit takes at least one UTF-8 byte: the first test spares counting a huge text.
        if (text.Length > options.MaxDocumentBytes || Utf8Source.EncodedLength(text) > options.MaxDocumentBytes)
            throw TooLarge(options);
        var bytes = Utf8Source.Encode(text, out var length);
        try
        {
            return Run(bytes.AsSpan(0, length), options, goal);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static GraphQLException TooLarge(ParserOptions options) =>
        new(new GraphQLError(
            $"The document is larger than the limit of {options.MaxDocumentBytes} bytes.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.DocumentTooLarge }));
}
