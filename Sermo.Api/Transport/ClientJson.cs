using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Sermo.Api.Transport;

/// <summary>Parses JSON sent by clients (request bodies, query-string variables, socket messages). System.Text.Json
/// accepts two kinds of text that cannot become .NET strings and only fails when they are read, deep inside a request:
/// bytes that are not UTF-8, and <c>\uXXXX</c> escapes of an unpaired surrogate (<c>"\ud800"</c>). Both are checked up
/// front, so either is an ordinary malformed-JSON refusal wherever the document goes next.</summary>
public static class ClientJson
{
    /// <exception cref="JsonException">The bytes are not valid UTF-8, not valid JSON, or escape an unpaired surrogate.</exception>
    public static JsonDocument Parse(ReadOnlySequence<byte> bytes)
    {
        if (bytes.IsSingleSegment)
            return Parse(bytes.First);
        var contiguous = bytes.ToArray();
        return Parse(contiguous);
    }

    /// <exception cref="JsonException">The text is not valid JSON or escapes an unpaired surrogate.</exception>
    public static JsonDocument Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    /// <exception cref="JsonException">The bytes are not valid UTF-8, not valid JSON, or escape an unpaired surrogate.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> bytes)
    {
        if (!Utf8.IsValid(bytes.Span))
            throw new JsonException("The text is not valid UTF-8.");
        var document = JsonDocument.Parse(bytes);
        // Escapes are rare in GraphQL requests, so the extra pass runs only when there is one.
        if (bytes.Span.IndexOf("\\u"u8) >= 0 && !EscapesAreUnicode(bytes.Span))
        {
            document.Dispose();
            throw new JsonException("A string escapes an unpaired surrogate (such as \\ud800), which is not Unicode text.");
        }
        return document;
    }

    /// <summary>Whether every escaped string and property name of a well-formed document unescapes to valid UTF-16.</summary>
    private static bool EscapesAreUnicode(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        Span<char> small = stackalloc char[256];
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
                continue;
            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            var buffer = length <= small.Length ? small : new char[length];
            try
            {
                reader.CopyString(buffer);
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
        return true;
    }
}
