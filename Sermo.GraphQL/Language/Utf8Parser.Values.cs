using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Language;

/// <summary>Values and type references.</summary>
internal ref partial struct Utf8Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Begin();
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
            {
                Enter();
                var values = Any<ValueNode>(TokenKind.LeftBracket, isConst ? Item.ConstValue : Item.Value, TokenKind.RightBracket);
                Exit();
                return new ListValueNode(values, At(start));
            }
            case TokenKind.LeftBrace:
            {
                Enter();
                var fields = Any<ObjectFieldNode>(TokenKind.LeftBrace, isConst ? Item.ConstObjectField : Item.ObjectField, TokenKind.RightBrace);
                Exit();
                return new ObjectValueNode(fields, At(start));
            }
            case TokenKind.Int:
            {
                var text = _lexer.GetText();
                Advance();
                return new IntValueNode(text, At(start));
            }
            case TokenKind.Float:
            {
                var text = _lexer.GetText();
                Advance();
                return new FloatValueNode(text, At(start));
            }
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar when isConst:
                Advance();
                if (Peek(TokenKind.Name))
                    throw new GraphQLSyntaxException($"Unexpected variable \"${_lexer.GetText()}\" in constant value.", start.Line, start.Column);
                throw new GraphQLSyntaxException("Unexpected \"$\".", start.Line, start.Column);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>true, false, null or an enum value.</summary>
    private ValueNode ParseNameValue(Location start)
    {
        var raw = _lexer.RawValue;
        if (raw.SequenceEqual("true"u8) || raw.SequenceEqual("false"u8))
        {
            var value = raw.Length == 4;
            Advance();
            return new BooleanValueNode(value, At(start));
        }
        if (raw.SequenceEqual("null"u8))
        {
            Advance();
            return _noLocation ? NullValueNode.Instance : new NullValueNode(At(start));
        }
        var name = _lexer.GetName(_names);
        Advance();
        return new EnumValueNode(name, At(start));
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst), At(start));
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Begin();
        var block = Peek(TokenKind.BlockString);
        var value = _lexer.GetStringValue();
        Advance();
        return new StringValueNode(value, block, At(start));
    }

    private TypeNode ParseTypeReference()
    {
        var start = Begin();
        TypeNode type;
        if (Optional(TokenKind.LeftBracket))
        {
            Enter();
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            Exit();
            type = new ListTypeNode(itemType, At(start));
        }
        else
        {
            type = ParseNamedType();
        }
        return Optional(TokenKind.Bang) ? new NonNullTypeNode(type, At(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Begin();
        return new NamedTypeNode(ParseName(), At(start));
    }
}
