using System.Buffers.Text;
using System.Text;
using Sermo.GraphQL;
using Sermo.GraphQL.Relay;

namespace Sermo.Tests.Relay;

/// <summary>Global ids are opaque, stable, typed and tamper-evident: anything not made by this deployment's
/// codec for the expected type is one INVALID_ID error.</summary>
public class GlobalIdCodecTests
{
    internal static readonly byte[] Secret = Encoding.UTF8.GetBytes("relay tests: a secret of 32+ bytes, never in an id");
    private static readonly GlobalIdCodec Ids = new(Secret);

    [Fact]
    public void Every_kind_of_key_round_trips_with_its_type()
    {
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Assert.Equal(42, Ids.Decode<int>(Ids.Encode("Book", 42), "Book"));
        Assert.Equal(42L << 40, Ids.Decode<long>(Ids.Encode("Book", 42L << 40), "Book"));
        Assert.Equal(guid, Ids.Decode<Guid>(Ids.Encode("Case", guid), "Case"));
        Assert.Equal("cardiva", Ids.Decode<string>(Ids.Encode("Page", "cardiva"), "Page"));
        Assert.Equal(new GlobalId("Book", 7), Ids.Decode(Ids.Encode("Book", 7)));
    }

    [Fact]
    public void The_same_entity_always_gets_the_same_id_and_another_entity_another()
    {
        var again = new GlobalIdCodec(Secret);
        Assert.Equal(Ids.Encode("Book", 1), again.Encode("Book", 1));
        Assert.NotEqual(Ids.Encode("Book", 1), Ids.Encode("Book", 2));
        Assert.NotEqual(Ids.Encode("Book", 1), Ids.Encode("Author", 1));
    }

    [Fact]
    public void An_id_is_url_safe_and_shows_neither_the_key_nor_the_type()
    {
        var guid = Guid.NewGuid();
        var id = Ids.Encode("Case", guid);
        Assert.Matches("^[A-Za-z0-9_-]+$", id);
        var bytes = Base64Url.DecodeFromChars(id);
        Assert.DoesNotContain(guid.ToString("N"), Convert.ToHexString(bytes), StringComparison.OrdinalIgnoreCase);
        Assert.False(Contains(bytes, guid.ToByteArray(bigEndian: true)));
        Assert.False(Contains(bytes, Encoding.UTF8.GetBytes("Case")));
        Assert.DoesNotContain("Case", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Forged_altered_truncated_and_foreign_ids_are_refused_without_saying_why()
    {
        var id = Ids.Encode("Book", 42);
        var flipped = id[..^3] + (id[^3] == 'A' ? 'B' : 'A') + id[^2..];
        var otherDeployment = new GlobalIdCodec(Encoding.UTF8.GetBytes("another deployment's secret, 32+ bytes")).Encode("Book", 42);
        string[] invalid = ["", "42", "Qm9vazo0Mg", flipped, id[..^1], id[..10], id + "A", id + "=", otherDeployment, new string('A', 5000)];
        foreach (var candidate in invalid)
        {
            Assert.False(Ids.TryDecode(candidate, out _), candidate);
            var error = Assert.Throws<InvalidIdException>(() => Ids.Decode<int>(candidate, "Book")).Error;
            Assert.Equal(RelayErrorCodes.InvalidId, error.Code);
            Assert.Equal("The id is not a valid Book id.", error.Message);
        }
    }

    [Fact]
    public void An_id_of_another_type_or_key_kind_is_refused_where_a_type_is_expected()
    {
        var author = Ids.Encode("Author", 42);
        Assert.Equal("The id is not a valid Book id.", Assert.Throws<InvalidIdException>(() => Ids.Decode<int>(author, "Book")).Message);
        Assert.Throws<InvalidIdException>(() => Ids.Decode<Guid>(Ids.Encode("Book", 42), "Book"));
    }

    [Fact]
    public void An_id_is_never_accepted_as_a_cursor_nor_a_cursor_as_an_id()
    {
        var cursors = new CursorCodec(Secret);
        var id = Ids.Encode("Book", 42);
        var cursor = cursors.Encode("Book:id asc", ["Book"]);
        Assert.Equal(RelayErrorCodes.InvalidCursor, Assert.Throws<InvalidIdException>(() => cursors.Decode(id, "Book:id asc", 1)).Error.Code);
        Assert.False(Ids.TryDecode(cursor, out _));
    }

    [Fact]
    public void A_cursor_opens_only_for_the_ordering_it_was_made_for()
    {
        var cursors = new CursorCodec(Secret);
        var moment = new DateTime(2025, 3, 1, 8, 30, 0, DateTimeKind.Utc);
        var cursor = cursors.Encode("Book:published desc,id asc", [moment, 12.5m, "x", null, true, 7L]);
        Assert.Equal([moment, 12.5m, "x", null, true, 7L], cursors.Decode(cursor, "Book:published desc,id asc", 6));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)cursors.Decode(cursor, "Book:published desc,id asc", 6)[0]!).Kind);
        Assert.Throws<InvalidIdException>(() => cursors.Decode(cursor, "Book:published asc,id asc", 6));
        Assert.Throws<InvalidIdException>(() => cursors.Decode(cursor, "Author:published desc,id asc", 6));
    }

    [Fact]
    public void A_short_secret_is_refused_at_start_up()
    {
        var error = Assert.Throws<ArgumentException>(() => new GlobalIdCodec(new byte[16]));
        Assert.Contains("at least 32 bytes", error.Message, StringComparison.Ordinal);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
