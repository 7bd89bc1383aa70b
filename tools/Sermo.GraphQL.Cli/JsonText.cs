using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sermo.GraphQL.Cli;

/// <summary>An output as one line of compact JSON.</summary>
internal static class JsonText
{
    // Documents and SDL are full of quotes and angle brackets: keep them readable rather than \u-escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(CommandOutput output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            output.WriteJson(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
