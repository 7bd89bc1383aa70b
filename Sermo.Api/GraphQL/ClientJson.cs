using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Sermo.Api.GraphQL;

/// <summary>Parses JSON sent by clients (request bodies, socket messages). System.Text.Json does not check that
/// strings hold valid UTF-8 until they are read as .NET strings, which would surface as an unhandled
/// exception deep inside a request; checking up front turns it into an ordinary malformed-JSON refusal.</summary>
public static class ClientJson
{
    /// <exception cref="JsonException">The bytes are not valid UTF-8 or not valid JSON.</exception>
    public static JsonDocument Parse(ReadOnlySequence<byte> bytes)
    {
        if (bytes.IsSingleSegment)
            return Parse(bytes.First);
        var contiguous = bytes.ToArray();
        return Parse(contiguous);
    }

    /// <exception cref="JsonException">The bytes are not valid UTF-8 or not valid JSON.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> bytes)
    {
        if (!Utf8.IsValid(bytes.Span))
            throw new JsonException("The text is not valid UTF-8.");
        return JsonDocument.Parse(bytes);
    }
}
