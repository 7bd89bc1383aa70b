using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Language;

/// <summary>Schema, type and directive definitions and their extensions. Each type parser starts on its
/// keyword, already recognised by the caller, and serves both the definition and the extension (which
/// has no description and must add something).</summary>
internal ref partial struct Utf8Parser
{
    private static ReadOnlySpan<byte> DirectiveLocations =>
        "QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION "u8;

    private StringValueNode? ParseDescription() =>
        Peek(TokenKind.String) || Peek(TokenKind.BlockString) ? ParseStringLiteral() : null;

    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var start = Begin();
        Advance();
        var keyword = Peek(TokenKind.Name) ? Keywords.Of(_lexer.RawValue) : Keyword.None;
        return keyword switch
        {
            Keyword.Schema => ParseSchema(start, null, isExtension: true),
            Keyword.Scalar => ParseScalarType(start, null, isExtension: true),
            Keyword.Type => ParseComplexType(start, null, isExtension: true, isInterface: false),
            Keyword.Interface => ParseComplexType(start, null, isExtension: true, isInterface: true),
            Keyword.Union => ParseUnionType(start, null, isExtension: true),
            Keyword.Enum => ParseEnumType(start, null, isExtension: true),
            Keyword.Input => ParseInputObjectType(start, null, isExtension: true),
            _ => throw Unexpected(),
        };
    }

    private SchemaDefinitionNode ParseSchema(Location start, StringValueNode? description, bool isExtension)
    {
        Advance();
        var directives = ParseDirectives(isConst: true);
        var operationTypes = isExtension
            ? OptionalMany<OperationTypeDefinitionNode>(TokenKind.LeftBrace, Item.OperationTypeDefinition, TokenKind.RightBrace)
            : Many<OperationTypeDefinitionNode>(TokenKind.LeftBrace, Item.OperationTypeDefinition, TokenKind.RightBrace);
        if (isExtension && directives.Count == 0 && operationTypes.Length == 0)
            throw Unexpected();
        return new SchemaDefinitionNode(description, directives, operationTypes, isExtension, At(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Begin();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType(), At(start));
    }

    private ScalarTypeDefinitionNode ParseScalarType(Location start, StringValueNode? description, bool isExtension)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (isExtension && directives.Count == 0)
            throw Unexpected();
        return new ScalarTypeDefinitionNode(description, name, directives, isExtension, At(start));
    }

    /// <summary>An object type or an interface: both have interfaces, directives and fields.</summary>
    private ComplexTypeDefinitionNode ParseComplexType(Location start, StringValueNode? description, bool isExtension, bool isInterface)
    {
        Advance();
        var name = ParseName();
        var interfaces = OptionalKeyword("implements"u8) ? DelimitedMany<NamedTypeNode>(TokenKind.Ampersand, Item.NamedType) : [];
        var directives = ParseDirectives(isConst: true);
        var fields = OptionalMany<FieldDefinitionNode>(TokenKind.LeftBrace, Item.FieldDefinition, TokenKind.RightBrace);
        if (isExtension && interfaces.Length == 0 && directives.Count == 0 && fields.Length == 0)
            throw Unexpected();
        return isInterface
            ? new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, isExtension, At(start))
            : new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, isExtension, At(start));
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        return new FieldDefinitionNode(description, name, arguments, ParseTypeReference(), ParseDirectives(isConst: true), At(start));
    }

    private InputValueDefinitionNode[] ParseArgumentDefinitions() =>
        OptionalMany<InputValueDefinitionNode>(TokenKind.LeftParenthesis, Item.InputValueDefinition, TokenKind.RightParenthesis);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new InputValueDefinitionNode(
            description,
            name,
            ParseTypeReference(),
            Optional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null,
            ParseDirectives(isConst: true),
            At(start));
    }

    private UnionTypeDefinitionNode ParseUnionType(Location start, StringValueNode? description, bool isExtension)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = Optional(TokenKind.Equals) ? DelimitedMany<NamedTypeNode>(TokenKind.Pipe, Item.NamedType) : [];
        if (isExtension && directives.Count == 0 && types.Length == 0)
            throw Unexpected();
        return new UnionTypeDefinitionNode(description, name, directives, types, isExtension, At(start));
    }

    private EnumTypeDefinitionNode ParseEnumType(Location start, StringValueNode? description, bool isExtension)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = OptionalMany<EnumValueDefinitionNode>(TokenKind.LeftBrace, Item.EnumValueDefinition, TokenKind.RightBrace);
        if (isExtension && directives.Count == 0 && values.Length == 0)
            throw Unexpected();
        return new EnumTypeDefinitionNode(description, name, directives, values, isExtension, At(start));
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        if (IsKeyword("true"u8) || IsKeyword("false"u8) || IsKeyword("null"u8))
            throw new GraphQLSyntaxException($"{DescribeToken()} is reserved and cannot be used for an enum value.", _lexer.Line, _lexer.Column);
        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true), At(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectType(Location start, StringValueNode? description, bool isExtension)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = OptionalMany<InputValueDefinitionNode>(TokenKind.LeftBrace, Item.InputValueDefinition, TokenKind.RightBrace);
        if (isExtension && directives.Count == 0 && fields.Length == 0)
            throw Unexpected();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, isExtension, At(start));
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(Location start, StringValueNode? description)
    {
        Advance();
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = OptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = DelimitedMany<NameNode>(TokenKind.Pipe, Item.DirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, At(start));
    }

    private NameNode ParseDirectiveLocation()
    {
        if (Peek(TokenKind.Name) && !IsDirectiveLocation(_lexer.RawValue))
            throw Unexpected();
        return ParseName();
    }

    private static bool IsDirectiveLocation(ReadOnlySpan<byte> name)
    {
        var rest = DirectiveLocations;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)' ');
            if (rest[..end].SequenceEqual(name))
                return true;
            rest = rest[(end + 1)..];
        }
        return false;
    }
}
