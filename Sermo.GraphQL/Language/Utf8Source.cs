using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Sermo.GraphQL.Language;

/// <summary>What the lexer needs to know about UTF-8 source text: decoding one character, where an offset
/// lies in line/column terms, and how error messages name a character.</summary>
/// <remarks>Unpaired UTF-16 surrogates cannot be UTF-8, but a .NET string may hold them. <see cref="Encode"/>
/// writes them as three-byte sequences (the generalised UTF-8 some call WTF-8) so that the lexer can
/// reject them with graphql-js's message and location rather than have them silently replaced.</remarks>
internal static class Utf8Source
{
    /// <summary>Returned by <see cref="Decode"/> for bytes that are not UTF-8 at all.</summary>
    public const int Malformed = -1;

    /// <summary>Decodes the character that starts at <paramref name="position"/> (which must hold a byte of
    /// 0x80 or more). Returns its scalar value, a surrogate code point (0xD800-0xDFFF) for an encoded
    /// unpaired surrogate, or <see cref="Malformed"/> with a length of 1.</summary>
    public static int Decode(ReadOnlySpan<byte> source, int position, out int length)
    {
        var rest = source[position..];
        if (rest.Length >= 3 && rest[0] == 0xED && rest[1] >= 0xA0 && rest[1] <= 0xBF && (rest[2] & 0xC0) == 0x80)
        {
            length = 3;
            return 0xD000 | ((rest[1] & 0x3F) << 6) | (rest[2] & 0x3F);
        }
        if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) == OperationStatus.Done)
        {
            length = consumed;
            return rune.Value;
        }
        length = 1;
        return Malformed;
    }

    public static bool IsScalar(int codePoint) => codePoint is (>= 0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF);

    /// <summary>How many UTF-16 code units the character of <paramref name="codePoint"/> takes.</summary>
    public static int Utf16Units(int codePoint) => codePoint >= 0x10000 ? 2 : 1;

    /// <summary>The 1-based line and UTF-16 column of a byte offset, with <c>\n</c>, <c>\r\n</c> and
    /// <c>\r</c> each ending a line.</summary>
    public static (int Line, int Column) LocationOf(ReadOnlySpan<byte> source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        var extraBytes = 0;
        var position = 0;
        var end = Math.Min(offset, source.Length);
        while (position < end)
        {
            var b = source[position];
            if (b == '\n' || b == '\r')
            {
                position += b == '\r' && position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                line++;
                lineStart = position;
                extraBytes = 0;
            }
            else if (b < 0x80)
            {
                position++;
            }
            else
            {
                var codePoint = Decode(source, position, out var length);
                extraBytes += length - (codePoint == Malformed ? 1 : Utf16Units(codePoint));
                position += length;
            }
        }
        return (line, 1 + offset - lineStart - extraBytes);
    }

    /// <summary>Names the character at <paramref name="position"/> as graphql-js does: <c>"x"</c> for
    /// printable ASCII, <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> past the end.</summary>
    public static string DescribeCharacterAt(ReadOnlySpan<byte> source, int position)
    {
        if (position >= source.Length)
            return "<EOF>";
        var b = source[position];
        if (b >= 0x20 && b <= 0x7E)
            return b == '"' ? "'\"'" : "\"" + (char)b + "\"";
        var codePoint = b < 0x80 ? b : Decode(source, position, out _);
        return codePoint == Malformed ? $"byte 0x{b:X2}, which is not UTF-8" : $"U+{codePoint:X4}";
    }

    /// <summary>The text of up to <paramref name="utf16Units"/> UTF-16 code units from
    /// <paramref name="position"/>, as graphql-js's <c>slice</c> would quote it in a message.</summary>
    public static string SliceUtf16(ReadOnlySpan<byte> source, int position, int utf16Units)
    {
        var end = position;
        var units = 0;
        while (end < source.Length && units < utf16Units)
        {
            if (source[end] < 0x80)
            {
                end++;
                units++;
                continue;
            }
            var codePoint = Decode(source, end, out var length);
            end += length;
            units += codePoint == Malformed ? 1 : Utf16Units(codePoint);
        }
        return Encoding.UTF8.GetString(source[position..end]);
    }

    /// <summary>How many bytes <see cref="Encode"/> writes for <paramref name="text"/>: UTF-8's count, since
    /// an unpaired surrogate takes three bytes either way.</summary>
    public static int EncodedLength(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>UTF-8 bytes of <paramref name="text"/> in a rented buffer (return it to
    /// <see cref="ArrayPool{T}.Shared"/>); unpaired surrogates become three-byte sequences.</summary>
    public static byte[] Encode(string text, out int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(16, EncodedLength(text)));
        var source = text.AsSpan();
        length = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(source, buffer.AsSpan(length), out var read, out var written, replaceInvalidSequences: false);
            length += written;
            if (status == OperationStatus.Done)
                return buffer;
            if (status != OperationStatus.InvalidData)
                throw new InvalidOperationException($"UTF-16 to UTF-8 conversion stopped with {status}.");
            // source[read] is an unpaired surrogate.
            int surrogate = source[read];
            buffer[length++] = 0xED;
            buffer[length++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            buffer[length++] = (byte)(0x80 | (surrogate & 0x3F));
            source = source[(read + 1)..];
        }
    }
}
