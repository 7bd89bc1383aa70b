using Sermo.GraphQL.Relay;
using Sermo.Tests.Relay;

namespace Sermo.Tests.Data;

/// <summary>The real cursor codec, counting the cursors it seals.</summary>
internal sealed class CountingCursorCodec() : CursorCodec(GlobalIdCodecTests.Secret)
{
    private int _sealed;

    public int Sealed => Volatile.Read(ref _sealed);

    public override string Encode(string ordering, ReadOnlySpan<object?> values)
    {
        Interlocked.Increment(ref _sealed);
        return base.Encode(ordering, values);
    }
}
