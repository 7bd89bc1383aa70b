namespace Sermo.GraphQL.Language;

/// <summary>Turns the ASCII bytes of a name into a string, handing out the same string instance for the
/// same name so that a document (and the documents parsed after it on the same thread) keep one copy of
/// each repeated name. Bounded: when full it starts over.</summary>
internal sealed class NameTable
{
    private const int MaxEntries = 4096;
    private const int MaxCachedLength = 128;

    [ThreadStatic]
    private static NameTable? s_current;

    private Entry[] _entries = new Entry[256];
    private int _count;

    /// <summary>The table of the calling thread.</summary>
    public static NameTable Current => s_current ??= new NameTable();

    public string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength)
            return Create(ascii);
        // HashCode is seeded per process, so nobody can send names chosen to collide.
        var hash = HashOf(ascii);
        var mask = _entries.Length - 1;
        var index = hash & mask;
        while (true)
        {
            ref var entry = ref _entries[index];
            if (entry.Value is null)
                return Add(ref entry, hash, ascii);
            if (entry.Hash == hash && System.Text.Ascii.Equals(ascii, entry.Value))
                return entry.Value;
            index = (index + 1) & mask;
        }
    }

    private string Add(ref Entry entry, int hash, ReadOnlySpan<byte> ascii)
    {
        var value = Create(ascii);
        if (_count >= MaxEntries)
        {
            Array.Clear(_entries);
            _count = 1;
            Insert(hash, value);
            return value;
        }
        entry = new Entry(hash, value);
        if (++_count * 2 > _entries.Length)
            Grow();
        return value;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        foreach (var entry in old)
        {
            if (entry.Value is not null)
                Insert(entry.Hash, entry.Value);
        }
    }

    private void Insert(int hash, string value)
    {
        var mask = _entries.Length - 1;
        var index = hash & mask;
        while (_entries[index].Value is not null)
            index = (index + 1) & mask;
        _entries[index] = new Entry(hash, value);
    }

    private static int HashOf(ReadOnlySpan<byte> ascii)
    {
        var hash = new HashCode();
        hash.AddBytes(ascii);
        return hash.ToHashCode() & int.MaxValue;
    }

    private static string Create(ReadOnlySpan<byte> ascii) => System.Text.Encoding.Latin1.GetString(ascii);

    private readonly record struct Entry(int Hash, string? Value);
}
