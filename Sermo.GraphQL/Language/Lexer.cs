using System.Buffers;
using System.Text;

namespace Sermo.GraphQL.Language;

/// <summary>Reads GraphQL tokens straight from UTF-8 bytes, one at a time, without copying the source.
/// Ignored tokens (white space, line terminators, commas, comments, the BOM) are skipped. A token's value
/// is only turned into a string when asked for (<see cref="GetName"/>, <see cref="GetText"/>,
/// <see cref="GetStringValue"/>). Malformed input throws <see cref="GraphQLSyntaxException"/>.</summary>
public ref struct Lexer
{
    private static readonly SearchValues<byte> CommentStops = SearchValues.Create(StopBytes("\n\r"));
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(StopBytes("\"\\\n\r"));

    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    // Bytes beyond one per UTF-16 code unit taken by the characters between _lineStart and _position,
    // so that columns count UTF-16 code units as graphql-js reports them.
    private int _lineExtraBytes;

    // String tokens: whether the raw text holds escapes (\-escapes, or \""" in a block string).
    private bool _hasEscapes;

    public Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
    }

    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset of the token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the token's start.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the token's start, in UTF-16 code units.</summary>
    public int Column { get; private set; }

    /// <summary>The token's bytes as written in the source.</summary>
    public readonly ReadOnlySpan<byte> RawValue => _source[Start..End];

    /// <summary>Moves to the next token and returns its kind; stays on <see cref="TokenKind.EndOfFile"/>.</summary>
    public TokenKind Read()
    {
        if (Kind == TokenKind.EndOfFile)
            return TokenKind.EndOfFile;
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var b = source[position];
            switch (b)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case (byte)'#':
                    position = SkipComment(position + 1);
                    continue;
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    position += 3;
                    _lineExtraBytes += 2;
                    continue;
                case (byte)'!': return Punctuator(TokenKind.Bang, position);
                case (byte)'$': return Punctuator(TokenKind.Dollar, position);
                case (byte)'&': return Punctuator(TokenKind.Ampersand, position);
                case (byte)'(': return Punctuator(TokenKind.LeftParenthesis, position);
                case (byte)')': return Punctuator(TokenKind.RightParenthesis, position);
                case (byte)':': return Punctuator(TokenKind.Colon, position);
                case (byte)'=': return Punctuator(TokenKind.Equals, position);
                case (byte)'@': return Punctuator(TokenKind.At, position);
                case (byte)'[': return Punctuator(TokenKind.LeftBracket, position);
                case (byte)']': return Punctuator(TokenKind.RightBracket, position);
                case (byte)'{': return Punctuator(TokenKind.LeftBrace, position);
                case (byte)'|': return Punctuator(TokenKind.Pipe, position);
                case (byte)'}': return Punctuator(TokenKind.RightBrace, position);
                case (byte)'.' when position + 2 < source.Length && source[position + 1] == '.' && source[position + 2] == '.':
                    BeginToken(TokenKind.Spread, position);
                    return Finish(position + 3);
                case (byte)'"':
                    return position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (CharacterClass.IsNameStart(b))
                return ReadName(position);
            if (CharacterClass.IsDigit(b) || b == '-')
                return ReadNumber(position);
            throw UnexpectedCharacter(position);
        }
        BeginToken(TokenKind.EndOfFile, source.Length);
        return Finish(source.Length);
    }

    /// <summary>The value of a <see cref="TokenKind.Name"/> token, shared through <paramref name="names"/>.</summary>
    internal readonly string GetName(NameTable names) => names.Get(_source[Start..End]);

    /// <summary>The text of a name or number token.</summary>
    public readonly string GetText() => Encoding.Latin1.GetString(_source[Start..End]);

    /// <summary>The value of a string or block string token: escapes resolved, block indentation removed.</summary>
    public readonly string GetStringValue()
    {
        if (Kind == TokenKind.BlockString)
        {
            var raw = Encoding.UTF8.GetString(_source[(Start + 3)..(End - 3)]);
            if (_hasEscapes)
                raw = raw.Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);
            return BlockString.Dedent(raw);
        }
        var content = _source[(Start + 1)..(End - 1)];
        return _hasEscapes ? Unescape(Start + 1, End - 1) : Encoding.UTF8.GetString(content);
    }

    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineExtraBytes = 0;
    }

    private void BeginToken(TokenKind kind, int start)
    {
        Kind = kind;
        Start = start;
        Line = _line;
        Column = 1 + start - _lineStart - _lineExtraBytes;
    }

    private TokenKind Finish(int end)
    {
        End = end;
        _position = end;
        return Kind;
    }

    private TokenKind Punctuator(TokenKind kind, int position)
    {
        BeginToken(kind, position);
        return Finish(position + 1);
    }

    /// <summary>Skips a comment body; stops before a line terminator or a character that is not valid
    /// source text (which the caller then reports).</summary>
    private int SkipComment(int position)
    {
        var source = _source;
        while (true)
        {
            var next = source[position..].IndexOfAny(CommentStops);
            if (next < 0)
                return source.Length;
            position += next;
            if (source[position] < 0x80)
                return position;
            if (!SkipWideCharacter(ref position))
                return position;
        }
    }

    /// <summary>Steps over the multi-byte character at <paramref name="position"/> if it is a Unicode
    /// scalar value, keeping columns in UTF-16 units.</summary>
    private bool SkipWideCharacter(ref int position)
    {
        var codePoint = Utf8Source.Decode(_source, position, out var length);
        if (!Utf8Source.IsScalar(codePoint))
            return false;
        _lineExtraBytes += length - Utf8Source.Utf16Units(codePoint);
        position += length;
        return true;
    }

    private TokenKind ReadName(int start)
    {
        BeginToken(TokenKind.Name, start);
        var source = _source;
        var position = start + 1;
        while (position < source.Length && CharacterClass.IsNameContinue(source[position]))
            position++;
        return Finish(position);
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? not followed by '.' or a name start.
    private TokenKind ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        if (ByteAt(position) == '-')
            position++;
        if (ByteAt(position) == '0')
        {
            position++;
            if (CharacterClass.IsDigit(ByteAt(position)))
                throw Error(position, $"Invalid number, unexpected digit after 0: {Utf8Source.DescribeCharacterAt(_source, position)}.");
        }
        else
        {
            position = ReadDigits(position);
        }
        if (ByteAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }
        if (ByteAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (ByteAt(position) is '+' or '-')
                position++;
            position = ReadDigits(position);
        }
        var next = ByteAt(position);
        if (next == '.' || (next >= 0 && CharacterClass.IsNameStart((byte)next)))
            throw Error(position, $"Invalid number, expected digit but got: {Utf8Source.DescribeCharacterAt(_source, position)}.");
        BeginToken(isFloat ? TokenKind.Float : TokenKind.Int, start);
        return Finish(position);
    }

    private readonly int ReadDigits(int position)
    {
        if (!CharacterClass.IsDigit(ByteAt(position)))
            throw Error(position, $"Invalid number, expected digit but got: {Utf8Source.DescribeCharacterAt(_source, position)}.");
        var source = _source;
        position++;
        while (position < source.Length && CharacterClass.IsDigit(source[position]))
            position++;
        return position;
    }

    private TokenKind ReadString(int start)
    {
        BeginToken(TokenKind.String, start);
        _hasEscapes = false;
        var source = _source;
        var position = start + 1;
        while (true)
        {
            var next = source[position..].IndexOfAny(StringStops);
            if (next < 0)
            {
                position = source.Length;
                break;
            }
            position += next;
            var b = source[position];
            if (b == '"')
                return Finish(position + 1);
            if (b == '\\')
            {
                ReadEscape(position, out var size);
                _hasEscapes = true;
                position += size;
                continue;
            }
            if (b == '\n' || b == '\r')
                break;
            if (!SkipWideCharacter(ref position))
                throw Error(position, $"Invalid character within String: {Utf8Source.DescribeCharacterAt(source, position)}.");
        }
        throw Error(position, "Unterminated string.");
    }

    private TokenKind ReadBlockString(int start)
    {
        BeginToken(TokenKind.BlockString, start);
        _hasEscapes = false;
        var source = _source;
        var position = start + 3;
        while (true)
        {
            var next = source[position..].IndexOfAny(StringStops);
            if (next < 0)
            {
                position = source.Length;
                break;
            }
            position += next;
            switch (source[position])
            {
                case (byte)'"':
                    if (position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
                        return Finish(position + 3);
                    position++;
                    break;
                case (byte)'\\':
                    if (source[(position + 1)..].StartsWith("\"\"\""u8))
                    {
                        _hasEscapes = true;
                        position += 4;
                    }
                    else
                    {
                        position++;
                    }
                    break;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    break;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    StartLine(position);
                    break;
                default:
                    if (!SkipWideCharacter(ref position))
                        throw Error(position, $"Invalid character within String: {Utf8Source.DescribeCharacterAt(source, position)}.");
                    break;
            }
        }
        throw Error(position, "Unterminated string.");
    }

    /// <summary>Reads the escape sequence whose backslash is at <paramref name="position"/>: returns the
    /// code point it stands for (a supplementary one for an escaped surrogate pair) and its length.</summary>
    private readonly int ReadEscape(int position, out int size)
    {
        if (ByteAt(position + 1) == 'u')
        {
            return ByteAt(position + 2) == '{'
                ? ReadVariableWidthEscape(position, out size)
                : ReadFixedWidthEscape(position, out size);
        }
        size = 2;
        switch (ByteAt(position + 1))
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
        }
        throw Error(position, $"Invalid character escape sequence: \"{Utf8Source.SliceUtf16(_source, position, 2)}\".");
    }

    // \u{X...}: at most 12 characters in all, and the value must be a Unicode scalar value.
    private readonly int ReadVariableWidthEscape(int position, out int size)
    {
        var codePoint = 0;
        size = 3;
        while (size < 12)
        {
            var c = ByteAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !Utf8Source.IsScalar(codePoint))
                    break;
                return codePoint;
            }
            codePoint = (codePoint << 4) | CharacterClass.HexValue(c);
            if (codePoint < 0)
                break;
        }
        throw InvalidUnicodeEscape(position, size);
    }

    // \uXXXX: a scalar value, or a leading surrogate immediately followed by an escaped trailing one.
    private readonly int ReadFixedWidthEscape(int position, out int size)
    {
        var code = ReadHex4(position + 2);
        size = 6;
        if (Utf8Source.IsScalar(code))
            return code;
        if (code is >= 0xD800 and <= 0xDBFF && ByteAt(position + 6) == '\\' && ByteAt(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                size = 12;
                return 0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00);
            }
        }
        throw InvalidUnicodeEscape(position, 6);
    }

    private readonly int ReadHex4(int position) =>
        (CharacterClass.HexValue(ByteAt(position)) << 12)
        | (CharacterClass.HexValue(ByteAt(position + 1)) << 8)
        | (CharacterClass.HexValue(ByteAt(position + 2)) << 4)
        | CharacterClass.HexValue(ByteAt(position + 3));

    private readonly GraphQLSyntaxException InvalidUnicodeEscape(int position, int size) =>
        Error(position, $"Invalid Unicode escape sequence: \"{Utf8Source.SliceUtf16(_source, position, size)}\".");

    /// <summary>Resolves the escapes of an already validated string between two offsets.</summary>
    private readonly string Unescape(int start, int end)
    {
        var source = _source;
        var rented = ArrayPool<char>.Shared.Rent(end - start);
        try
        {
            var written = 0;
            var position = start;
            while (position < end)
            {
                var backslash = source[position..end].IndexOf((byte)'\\');
                var chunkEnd = backslash < 0 ? end : position + backslash;
                written += Encoding.UTF8.GetChars(source[position..chunkEnd], rented.AsSpan(written));
                if (backslash < 0)
                    break;
                var codePoint = ReadEscape(chunkEnd, out var size);
                written += new Rune(codePoint).EncodeToUtf16(rented.AsSpan(written));
                position = chunkEnd + size;
            }
            return new string(rented, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private readonly int ByteAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var b = _source[position];
        if (b == '\'')
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        var valid = b < 0x80 || Utf8Source.IsScalar(Utf8Source.Decode(_source, position, out _));
        var what = Utf8Source.DescribeCharacterAt(_source, position);
        return Error(position, valid ? $"Unexpected character: {what}." : $"Invalid character: {what}.");
    }

    private readonly GraphQLSyntaxException Error(int position, string description)
    {
        var (line, column) = Utf8Source.LocationOf(_source, position);
        return new GraphQLSyntaxException(description, line, column);
    }

    private static byte[] StopBytes(string ascii)
    {
        var bytes = new List<byte>(ascii.Length + 128);
        foreach (var c in ascii)
            bytes.Add((byte)c);
        for (var b = 0x80; b <= 0xFF; b++)
            bytes.Add((byte)b);
        return [.. bytes];
    }
}
