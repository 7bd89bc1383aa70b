namespace Sermo.GraphQL.Relay;

/// <summary>Seals the position of an item in an ordered list (its sort key values, or its offset) into an
/// opaque cursor, the way <see cref="GlobalIdCodec"/> seals ids (same secret, keys of their own, so an id is
/// never accepted as a cursor). A cursor names the ordering it was made for; one made for another ordering,
/// altered or forged is an <see cref="RelayErrorCodes.InvalidCursor"/> error. Not sealed so that a test can count
/// what <see cref="Encode"/> seals; decoding cannot be overridden.</summary>
public class CursorCodec(ReadOnlySpan<byte> secret)
{
    private readonly OpaqueTokenProtector _protector = new(secret, "cursor");

    /// <param name="ordering">Names the list and its order ("Case:postedAt desc,id"): cursors of one ordering do not open under another.</param>
    /// <param name="values">The item's sort key values, in order.</param>
    public virtual string Encode(string ordering, ReadOnlySpan<object?> values)
    {
        var all = new object?[values.Length + 1];
        all[0] = ordering;
        values.CopyTo(all.AsSpan(1));
        return _protector.Protect(TokenValues.Write(all));
    }

    /// <summary>The sort key values of a cursor made by <see cref="Encode"/> for the same ordering and number of values.</summary>
    public object?[] Decode(string cursor, string ordering, int valueCount)
    {
        if (!_protector.TryUnprotect(cursor, out var plaintext)
            || !TokenValues.TryRead(plaintext, out var all)
            || all.Length != valueCount + 1
            || all[0] as string != ordering)
            throw new InvalidIdException("The cursor is not valid for this list.", RelayErrorCodes.InvalidCursor);
        return all[1..];
    }
}
