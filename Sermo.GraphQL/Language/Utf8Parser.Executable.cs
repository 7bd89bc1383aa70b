using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Language;

/// <summary>Definitions in general, and operations, selections and fragments.</summary>
internal ref partial struct Utf8Parser
{
    private DefinitionNode ParseDefinition()
    {
        var start = Begin();
        if (Peek(TokenKind.LeftBrace))
            return ParseOperationDefinition(start, null);
        var description = ParseDescription();
        var keyword = Peek(TokenKind.Name) ? Keywords.Of(_lexer.RawValue) : Keyword.None;
        switch (keyword)
        {
            case Keyword.Schema: return ParseSchema(start, description, isExtension: false);
            case Keyword.Scalar: return ParseScalarType(start, description, isExtension: false);
            case Keyword.Type: return ParseComplexType(start, description, isExtension: false, isInterface: false);
            case Keyword.Interface: return ParseComplexType(start, description, isExtension: false, isInterface: true);
            case Keyword.Union: return ParseUnionType(start, description, isExtension: false);
            case Keyword.Enum: return ParseEnumType(start, description, isExtension: false);
            case Keyword.Input: return ParseInputObjectType(start, description, isExtension: false);
            case Keyword.Directive: return ParseDirectiveDefinition(start, description);
        }
        switch (keyword)
        {
            // September 2025: operations and fragments may have descriptions too.
            case Keyword.Query or Keyword.Mutation or Keyword.Subscription: return ParseOperationDefinition(start, description);
            case Keyword.Fragment: return ParseFragmentDefinition(start, description);
        }
        if (description is not null && Peek(TokenKind.Name))
            throw new GraphQLSyntaxException("Unexpected description, descriptions are supported only on type definitions.", start.Line, start.Column);
        return keyword == Keyword.Extend ? ParseTypeSystemExtension() : throw Unexpected();
    }

    private OperationDefinitionNode ParseOperationDefinition(Location start, StringValueNode? description)
    {
        if (Peek(TokenKind.LeftBrace))
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet(), At(start));
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode(
            operation,
            name,
            OptionalMany<VariableDefinitionNode>(TokenKind.LeftParenthesis, Item.VariableDefinition, TokenKind.RightParenthesis),
            ParseDirectives(isConst: false),
            ParseSelectionSet(),
            At(start))
        {
            Description = description,
        };
    }

    private OperationType ParseOperationType()
    {
        if (!Peek(TokenKind.Name))
            throw Expected("Name");
        var operation = Keywords.Of(_lexer.RawValue) switch
        {
            Keyword.Query => OperationType.Query,
            Keyword.Mutation => OperationType.Mutation,
            Keyword.Subscription => OperationType.Subscription,
            _ => throw Unexpected(),
        };
        Advance();
        return operation;
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        return new VariableDefinitionNode(
            variable,
            ParseTypeReference(),
            Optional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null,
            ParseDirectives(isConst: true),
            At(start))
        {
            Description = description,
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Begin();
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), At(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Begin();
        Enter();
        var selections = Many<SelectionNode>(TokenKind.LeftBrace, Item.Selection, TokenKind.RightBrace);
        Exit();
        return new SelectionSetNode(selections, At(start));
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Begin();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Optional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        return new FieldNode(
            alias,
            name,
            ParseArguments(isConst: false),
            ParseDirectives(isConst: false),
            Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null,
            At(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany<ArgumentNode>(TokenKind.LeftParenthesis, isConst ? Item.ConstArgument : Item.Argument, TokenKind.RightParenthesis);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst), At(start));
    }

    private SelectionNode ParseFragment()
    {
        var start = Begin();
        Expect(TokenKind.Spread);
        var hasTypeCondition = OptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
            return new FragmentSpreadNode(ParseFragmentName(), ParseDirectives(isConst: false), At(start));
        return new InlineFragmentNode(
            hasTypeCondition ? ParseNamedType() : null,
            ParseDirectives(isConst: false),
            ParseSelectionSet(),
            At(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition(Location start, StringValueNode? description)
    {
        Advance();
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        return new FragmentDefinitionNode(
            name,
            ParseNamedType(),
            ParseDirectives(isConst: false),
            ParseSelectionSet(),
            At(start))
        {
            Description = description,
        };
    }

    private NameNode ParseFragmentName()
    {
        if (IsKeyword("on"u8))
            throw Unexpected();
        return ParseName();
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
            return [];
        var mark = _lists.Mark;
        while (Peek(TokenKind.At))
            _lists.Push(ParseDirective(isConst));
        return _lists.Pop<DirectiveNode>(mark);
    }

    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Begin();
        Expect(TokenKind.At);
        return new DirectiveNode(ParseName(), ParseArguments(isConst), At(start));
    }
}
