using System.Runtime.CompilerServices;
using System.Text;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Language;

/// <summary>Recursive descent over the tokens of one <see cref="Lexer"/>, following graphql-js's grammar
/// functions so that errors fall on the same token with the same words. Tokens are read only as the
/// grammar consumes them, so the first error met is the one graphql-js reports.</summary>
internal ref partial struct Utf8Parser
{
    private Lexer _lexer;
    private readonly NameTable _names;
    private readonly ListBuffer _lists;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly bool _noLocation;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;

    public Utf8Parser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _lexer = new Lexer(source);
        _names = NameTable.Current;
        _lists = ListBuffer.Current;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _noLocation = options.NoLocation;
    }

    /// <summary>Lets go of the nodes a failed parse left in the shared list buffer.</summary>
    public readonly void Release() => _lists.Clear();

    public DocumentNode ParseDocument()
    {
        var definitions = Many<DefinitionNode>(TokenKind.StartOfFile, Item.Definition, TokenKind.EndOfFile);
        return new DocumentNode(definitions, _noLocation ? null : new Location(0, _lastEnd, 1, 1));
    }

    public ValueNode ParseWholeValue(bool isConst)
    {
        Expect(TokenKind.StartOfFile);
        var value = ParseValueLiteral(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    public TypeNode ParseWholeType()
    {
        Expect(TokenKind.StartOfFile);
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>What a list is made of; lets one set of list-reading loops serve every list.</summary>
    private enum Item
    {
        Definition,
        VariableDefinition,
        Selection,
        Argument,
        ConstArgument,
        Value,
        ConstValue,
        ObjectField,
        ConstObjectField,
        NamedType,
        OperationTypeDefinition,
        FieldDefinition,
        InputValueDefinition,
        EnumValueDefinition,
        DirectiveLocation,
    }

    private SyntaxNode ParseItem(Item item) => item switch
    {
        Item.Definition => ParseDefinition(),
        Item.VariableDefinition => ParseVariableDefinition(),
        Item.Selection => ParseSelection(),
        Item.Argument => ParseArgument(isConst: false),
        Item.ConstArgument => ParseArgument(isConst: true),
        Item.Value => ParseValueLiteral(isConst: false),
        Item.ConstValue => ParseValueLiteral(isConst: true),
        Item.ObjectField => ParseObjectField(isConst: false),
        Item.ConstObjectField => ParseObjectField(isConst: true),
        Item.NamedType => ParseNamedType(),
        Item.OperationTypeDefinition => ParseOperationTypeDefinition(),
        Item.FieldDefinition => ParseFieldDefinition(),
        Item.InputValueDefinition => ParseInputValueDefinition(),
        Item.EnumValueDefinition => ParseEnumValueDefinition(),
        _ => ParseDirectiveLocation(),
    };

    /// <summary><paramref name="open"/>, one or more items, <paramref name="close"/>.</summary>
    private T[] Many<T>(TokenKind open, Item item, TokenKind close)
    {
        Expect(open);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseItem(item));
        }
        while (!Optional(close));
        return _lists.Pop<T>(mark);
    }

    /// <summary>Like <see cref="Many{T}"/> when the list is there, else empty.</summary>
    private T[] OptionalMany<T>(TokenKind open, Item item, TokenKind close) =>
        Peek(open) ? Many<T>(open, item, close) : [];

    /// <summary><paramref name="open"/>, zero or more items, <paramref name="close"/>.</summary>
    private T[] Any<T>(TokenKind open, Item item, TokenKind close)
    {
        Expect(open);
        var mark = _lists.Mark;
        while (!Optional(close))
            _lists.Push(ParseItem(item));
        return _lists.Pop<T>(mark);
    }

    /// <summary>One or more items separated by <paramref name="delimiter"/>, which may also lead.</summary>
    private T[] DelimitedMany<T>(TokenKind delimiter, Item item)
    {
        Optional(delimiter);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseItem(item));
        }
        while (Optional(delimiter));
        return _lists.Pop<T>(mark);
    }

    private NameNode ParseName()
    {
        if (!Peek(TokenKind.Name))
            throw Expected("Name");
        var start = Begin();
        var value = _lexer.GetName(_names);
        Advance();
        return new NameNode(value, At(start));
    }

    private void Advance()
    {
        _lastEnd = _lexer.End;
        if (_lexer.Read() != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
            throw new GraphQLSyntaxException($"Document contains more than {_maxTokens} tokens. Parsing aborted.", _lexer.Line, _lexer.Column);
    }

    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
            throw Expected(TokenKindText.Describe(kind));
        Advance();
    }

    private bool Optional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
            return false;
        Advance();
        return true;
    }

    private readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        _lexer.Kind == TokenKind.Name && _lexer.RawValue.SequenceEqual(keyword);

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(keyword))
            throw Expected("\"" + Encoding.ASCII.GetString(keyword) + "\"");
        Advance();
    }

    private bool OptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(keyword))
            return false;
        Advance();
        return true;
    }

    /// <summary>Where the node starting at the current token begins; <see cref="At"/> completes it.</summary>
    private readonly Location Begin() => new(_lexer.Start, _lexer.Start, _lexer.Line, _lexer.Column);

    /// <summary>The location from <paramref name="start"/> to the end of the last token consumed.</summary>
    private readonly Location? At(Location start) => _noLocation ? null : start with { End = _lastEnd };

    /// <summary>Counts one more level of nesting; fails before the limit or the thread's stack runs out.</summary>
    private void Enter()
    {
        if (++_depth > _maxDepth)
            throw new GraphQLSyntaxException($"Document is nested deeper than the limit of {_maxDepth}.", _lexer.Line, _lexer.Column);
        // Each level takes a few small frames, so checking the stack every 16 levels is enough and keeps
        // the thread-local lookup off the common path.
        if ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new GraphQLSyntaxException("Document is nested too deeply for the parser's stack.", _lexer.Line, _lexer.Column);
    }

    private void Exit() => _depth--;

    private readonly GraphQLSyntaxException Expected(string what) =>
        new($"Expected {what}, found {DescribeToken()}.", _lexer.Line, _lexer.Column);

    private readonly GraphQLSyntaxException Unexpected() =>
        new($"Unexpected {DescribeToken()}.", _lexer.Line, _lexer.Column);

    /// <summary>The current token as graphql-js names it in messages: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    private readonly string DescribeToken()
    {
        var kind = TokenKindText.Describe(_lexer.Kind);
        return _lexer.Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{kind} \"{_lexer.GetText()}\"",
            TokenKind.String or TokenKind.BlockString => $"{kind} \"{_lexer.GetStringValue()}\"",
            _ => kind,
        };
    }
}
