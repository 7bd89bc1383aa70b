namespace Sermo.GraphQL.Types;

/// <summary>A type reference written in C#: <c>[T]</c> (see <see cref="NonNull{T}"/> for what <typeparamref name="T"/> may be).
/// Never instantiated: it exists to be a type argument.</summary>
public sealed class ListOf<T>
{
    private ListOf()
    {
    }
}
