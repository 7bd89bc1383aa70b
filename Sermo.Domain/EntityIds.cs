namespace Sermo.Domain;

/// <summary>
/// Where entities get their ids. Normally time-ordered version 7 GUIDs (they keep B-tree inserts local);
/// inside <see cref="UseDeterministic"/> they come from a seeded sequence, so the seed generator produces
/// the same rows on every run without threading ids through every domain method.
/// </summary>
public static class EntityIds
{
    private static readonly AsyncLocal<Random?> Sequence = new();

    public static Guid Next()
    {
        if (Sequence.Value is not { } random)
            return Guid.CreateVersion7();
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Makes <see cref="Next"/> deterministic for the current async flow until the scope is disposed.</summary>
    public static IDisposable UseDeterministic(int seed)
    {
        var previous = Sequence.Value;
        Sequence.Value = new Random(seed);
        return new Restore(previous);
    }

    private sealed class Restore(Random? previous) : IDisposable
    {
        public void Dispose() => Sequence.Value = previous;
    }
}
