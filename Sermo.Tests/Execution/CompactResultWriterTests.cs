using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>The compact writer must give exactly the bytes <see cref="Utf8JsonWriter"/> gives token by token,
/// with either encoder it takes over: the default (escapes HTML-sensitive and non-ASCII characters) and the
/// relaxed one.</summary>
public class CompactResultWriterTests
{
    private const string Sdl = """
        type Query { text(i: Int!): String, item: Item, items: [Item], numbers: [Int], big: Float, flag: Boolean, nothing: String, color: Color }
        type Item { id: ID!, name: String, tags: [String!], child: Item }
        enum Color { RED GREEN }
        """;

    /// <summary>Every ASCII character, a few beyond it (accented, a symbol, a surrogate pair, a lone surrogate),
    /// and strings that mix them with plain text.</summary>
    private static readonly string[] Texts =
    [
        .. Enumerable.Range(0, 128).Select(code => ((char)code).ToString()),
        "é", "☃", "😀", "\uD800", "Dr. Zoë O'Brien <MD> & co + `x`", "plain ascii text 123", "", new string('a', 70_000),
        "tab\there\r\n\"quoted\" back\\slash", "Ĳssel—Müller",
        // Plain strings around the lengths where copying changes from character by character to blocks of eight.
        .. new[] { 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 33 }.Select(length => string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26)))),
    ];

    private static readonly Dictionary<string, object?> Root = new()
    {
        ["item"] = Item(1, depth: 3),
        ["items"] = Enumerable.Range(0, 200).Select(i => i % 7 == 0 ? null : Item(i, depth: 1)).ToList(),
        ["numbers"] = new List<object?> { 0, -1, int.MaxValue, int.MinValue, null },
        ["big"] = 1.0e300,
        ["flag"] = true,
        ["nothing"] = null,
        ["color"] = "GREEN",
    };

    private static Dictionary<string, object?> Item(int id, int depth) => new()
    {
        ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = Texts[id % Texts.Length],
        ["tags"] = new List<object?> { "a", Texts[(id * 7) % Texts.Length] },
        ["child"] = depth == 0 ? null : Item(id + 1000, depth - 1),
    };

    private static async Task<OperationResult> ResultAsync(string query) =>
        await ExecuteAsync(Schema(Sdl, options => options.Resolvers["Query.text"] = context => Value(Texts[(int)context.Arguments["i"]!])), query, rootValue: Root);

    private static string Write(OperationResult result, JavaScriptEncoder encoder)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
            ResultJsonWriter.Write(writer, result);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static TheoryData<int> TextIndexes() => [.. Enumerable.Range(0, Texts.Length)];

    [Theory]
    [MemberData(nameof(TextIndexes))]
    public async Task Every_string_is_escaped_as_the_writer_would_escape_it(int index)
    {
        var result = await ResultAsync($"{{ text(i: {index}) }}");

        Assert.Equal(JsonSerializer.Serialize(new { data = new { text = Texts[index] } }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default }),
            Write(result, JavaScriptEncoder.Default));
        Assert.Equal(JsonSerializer.Serialize(new { data = new { text = Texts[index] } }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            Write(result, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }

    [Fact]
    public async Task A_whole_result_is_byte_for_byte_what_the_token_writer_gives()
    {
        var result = await ResultAsync("{ item { id name tags child { id name child { name tags child { id } } } } items { id name tags } numbers big flag nothing color t: __typename }");
        Assert.Empty(result.Errors);

        // An encoder equal to the default but not the same instance makes ResultJsonWriter write token by token.
        var tokenByToken = Write(result, JavaScriptEncoder.Create(UnicodeRanges.BasicLatin));
        var compact = Write(result, JavaScriptEncoder.Default);

        Assert.Equal(tokenByToken, compact);
        // Larger than the buffer a writer starts with: the second write below reuses the grown buffer kept on the thread.
        Assert.True(compact.Length > 64 * 1024, "the result outgrows the writer's first buffer");
        Assert.Equal(compact, Write(result, JavaScriptEncoder.Default));
        using var parsed = JsonDocument.Parse(compact);
        Assert.Equal(171, parsed.RootElement.GetProperty("data").GetProperty("items").EnumerateArray().Count(item => item.ValueKind == JsonValueKind.Object));
    }

    [Theory]
    [InlineData("{ item { id @skip(if: true) name @include(if: false) } items { id } }")]
    [InlineData("{ item { child { child { id @skip(if: true) } } } numbers }")]
    public async Task Objects_whose_every_field_was_skipped_are_written_empty(string query)
    {
        var result = await ResultAsync(query);
        Assert.Empty(result.Errors);

        var compact = Write(result, JavaScriptEncoder.Default);

        Assert.Equal(Write(result, JavaScriptEncoder.Create(UnicodeRanges.BasicLatin)), compact);
        Assert.Contains("{}", compact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indented_output_keeps_the_writers_layout()
    {
        var result = await ResultAsync("{ numbers flag }");

        Assert.Equal(Json("{\n  'data': {\n    'numbers': [\n      0,\n      -1,\n      2147483647,\n      -2147483648,\n      null\n    ],\n    'flag': true\n  }\n}"),
            ResultJsonWriter.ToJson(result, indented: true).ReplaceLineEndings("\n"));
    }
}
