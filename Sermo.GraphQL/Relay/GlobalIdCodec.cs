namespace Sermo.GraphQL.Relay;

/// <summary>Encodes and decodes Relay global ids: the type name and key of an entity, sealed by
/// <see cref="OpaqueTokenProtector"/> so an id reveals neither, is the same every time for one entity, and
/// cannot be forged, truncated, or carried to another deployment (another secret) or another type.
/// <code>
/// var ids = new GlobalIdCodec(secret);          // 32+ bytes the host keeps, the same on every instance
/// var id = ids.Encode("Case", caseId);          // "AX3f…" (url-safe)
/// Guid key = ids.Decode&lt;Guid&gt;(id, "Case");   // throws InvalidIdException for anything else
/// </code></summary>
public sealed class GlobalIdCodec(ReadOnlySpan<byte> secret)
{
    private readonly OpaqueTokenProtector _protector = new(secret, "id");

    /// <summary>The id of the entity of GraphQL type <paramref name="typeName"/> with key <paramref name="key"/>
    /// (int, long, Guid or string).</summary>
    public string Encode(string typeName, object key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        if (key is not (int or long or Guid or string))
            throw new ArgumentException($"An id's key is an int, long, Guid or string, not {key.GetType().Name}.", nameof(key));
        return _protector.Protect(TokenValues.Write([typeName, key]));
    }

    public bool TryDecode(string? id, out GlobalId value)
    {
        value = default;
        if (id is null || !_protector.TryUnprotect(id, out var plaintext)
            || !TokenValues.TryRead(plaintext, out var values)
            || values is not [string typeName, { } key])
            return false;
        value = new GlobalId(typeName, key);
        return true;
    }

    /// <summary>The type and key inside an id; <see cref="InvalidIdException"/> when it is not one of ours.</summary>
    public GlobalId Decode(string? id) =>
        TryDecode(id, out var value) ? value : throw new InvalidIdException("The id is not valid.");

    /// <summary>The key of an id that must name a <paramref name="expectedTypeName"/>; false for anything else (a
    /// mutation's input id, refused in its payload rather than as a request error).</summary>
    public bool TryDecode<TKey>(string? id, string expectedTypeName, out TKey key) where TKey : notnull
    {
        if (TryDecode(id, out var value) && value.TypeName == expectedTypeName && value.Key is TKey typed)
        {
            key = typed;
            return true;
        }
        key = default!;
        return false;
    }

    /// <summary>The key of an id that must name a <paramref name="expectedTypeName"/>; an id of another type, or
    /// with another kind of key, is refused like a forged one.</summary>
    public TKey Decode<TKey>(string? id, string expectedTypeName) where TKey : notnull
    {
        if (!TryDecode(id, out var value) || value.TypeName != expectedTypeName || value.Key is not TKey key)
            throw new InvalidIdException($"The id is not a valid {expectedTypeName} id.");
        return key;
    }
}
