using System.Buffers.Binary;
using System.Text;

namespace Sermo.GraphQL.Relay;

/// <summary>The compact, typed encoding of the values inside ids and cursors: each value a tag byte and its
/// bytes. Supports null, bool, int, long, string, Guid, DateTime, DateTimeOffset, DateOnly, decimal, double and
/// enums (read back as their underlying long; the reader converts to the member's type).</summary>
public static class TokenValues
{
    private enum Tag : byte
    {
        Null = 0,
        False = 1,
        True = 2,
        Int32 = 3,
        Int64 = 4,
        String = 5,
        Guid = 6,
        DateTime = 7,
        DateTimeOffset = 8,
        DateOnly = 9,
        Decimal = 10,
        Double = 11,
    }

    /// <summary>Whether values of a .NET type can go into a token (nullable forms included).</summary>
    public static bool Supports(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(string)
            || type == typeof(Guid) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly)
            || type == typeof(decimal) || type == typeof(double) || type == typeof(short) || type == typeof(byte);
    }

    public static byte[] Write(ReadOnlySpan<object?> values)
    {
        var buffer = new List<byte>(64);
        Span<byte> scratch = stackalloc byte[16];
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    buffer.Add((byte)Tag.Null);
                    break;
                case bool flag:
                    buffer.Add((byte)(flag ? Tag.True : Tag.False));
                    break;
                case int number:
                    Add(buffer, Tag.Int32, scratch[..4], s => BinaryPrimitives.WriteInt32BigEndian(s, number));
                    break;
                case short number:
                    Add(buffer, Tag.Int32, scratch[..4], s => BinaryPrimitives.WriteInt32BigEndian(s, number));
                    break;
                case byte number:
                    Add(buffer, Tag.Int32, scratch[..4], s => BinaryPrimitives.WriteInt32BigEndian(s, number));
                    break;
                case long number:
                    Add(buffer, Tag.Int64, scratch[..8], s => BinaryPrimitives.WriteInt64BigEndian(s, number));
                    break;
                case Enum member:
                    Add(buffer, Tag.Int64, scratch[..8], s => BinaryPrimitives.WriteInt64BigEndian(s, Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case string text:
                    var utf8 = Encoding.UTF8.GetBytes(text);
                    Add(buffer, Tag.String, scratch[..4], s => BinaryPrimitives.WriteInt32BigEndian(s, utf8.Length));
                    buffer.AddRange(utf8);
                    break;
                case Guid guid:
                    Add(buffer, Tag.Guid, scratch[..16], s => guid.TryWriteBytes(s, bigEndian: true, out _));
                    break;
                case DateTime time:
                    // Kind matters to EF's comparisons: keep it with the ticks.
                    Add(buffer, Tag.DateTime, scratch[..9], s =>
                    {
                        BinaryPrimitives.WriteInt64BigEndian(s, time.Ticks);
                        s[8] = (byte)time.Kind;
                    });
                    break;
                case DateTimeOffset time:
                    Add(buffer, Tag.DateTimeOffset, scratch[..10], s =>
                    {
                        BinaryPrimitives.WriteInt64BigEndian(s, time.Ticks);
                        BinaryPrimitives.WriteInt16BigEndian(s[8..], (short)time.Offset.TotalMinutes);
                    });
                    break;
                case DateOnly date:
                    Add(buffer, Tag.DateOnly, scratch[..4], s => BinaryPrimitives.WriteInt32BigEndian(s, date.DayNumber));
                    break;
                case decimal number:
                    Add(buffer, Tag.Decimal, scratch[..16], s =>
                    {
                        Span<int> bits = stackalloc int[4];
                        decimal.GetBits(number, bits);
                        for (var i = 0; i < 4; i++)
                            BinaryPrimitives.WriteInt32BigEndian(s[(i * 4)..], bits[i]);
                    });
                    break;
                case double number:
                    Add(buffer, Tag.Double, scratch[..8], s => BinaryPrimitives.WriteDoubleBigEndian(s, number));
                    break;
                default:
                    throw new ArgumentException($"Values of type {value.GetType().Name} cannot go into an id or cursor.", nameof(values));
            }
        }
        return [.. buffer];
    }

    /// <summary>Reads what <see cref="Write"/> wrote; false when the bytes are not such an encoding.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out object?[] values)
    {
        var read = new List<object?>();
        values = [];
        Span<int> bits = stackalloc int[4];
        while (bytes.Length > 0)
        {
            var tag = (Tag)bytes[0];
            bytes = bytes[1..];
            int length = tag switch
            {
                Tag.Null or Tag.False or Tag.True => 0,
                Tag.Int32 or Tag.DateOnly or Tag.String => 4,
                Tag.Int64 or Tag.Double => 8,
                Tag.DateTime => 9,
                Tag.DateTimeOffset => 10,
                Tag.Guid or Tag.Decimal => 16,
                _ => -1,
            };
            if (length < 0 || bytes.Length < length)
                return false;
            var data = bytes[..length];
            bytes = bytes[length..];
            try
            {
                switch (tag)
                {
                    case Tag.Null: read.Add(null); break;
                    case Tag.False: read.Add(false); break;
                    case Tag.True: read.Add(true); break;
                    case Tag.Int32: read.Add(BinaryPrimitives.ReadInt32BigEndian(data)); break;
                    case Tag.Int64: read.Add(BinaryPrimitives.ReadInt64BigEndian(data)); break;
                    case Tag.Double: read.Add(BinaryPrimitives.ReadDoubleBigEndian(data)); break;
                    case Tag.DateOnly: read.Add(DateOnly.FromDayNumber(BinaryPrimitives.ReadInt32BigEndian(data))); break;
                    case Tag.Guid: read.Add(new Guid(data, bigEndian: true)); break;
                    case Tag.DateTime:
                        if (data[8] > (byte)DateTimeKind.Local)
                            return false;
                        read.Add(new DateTime(BinaryPrimitives.ReadInt64BigEndian(data), (DateTimeKind)data[8]));
                        break;
                    case Tag.DateTimeOffset:
                        read.Add(new DateTimeOffset(BinaryPrimitives.ReadInt64BigEndian(data), TimeSpan.FromMinutes(BinaryPrimitives.ReadInt16BigEndian(data[8..]))));
                        break;
                    case Tag.Decimal:
                        for (var i = 0; i < 4; i++)
                            bits[i] = BinaryPrimitives.ReadInt32BigEndian(data[(i * 4)..]);
                        read.Add(new decimal(bits));
                        break;
                    case Tag.String:
                        var count = BinaryPrimitives.ReadInt32BigEndian(data);
                        if (count < 0 || count > bytes.Length)
                            return false;
                        read.Add(Encoding.UTF8.GetString(bytes[..count]));
                        bytes = bytes[count..];
                        break;
                }
            }
            catch (ArgumentException)
            {
                return false; // Out-of-range ticks, day numbers, offsets or decimal flags: not something we wrote.
            }
        }
        values = [.. read];
        return true;
    }

    private static void Add(List<byte> buffer, Tag tag, Span<byte> scratch, SpanAction write)
    {
        buffer.Add((byte)tag);
        write(scratch);
        foreach (var b in scratch)
            buffer.Add(b);
    }

    private delegate void SpanAction(Span<byte> span);
}
