namespace Sermo.GraphQL.Types;

/// <summary>A type reference written in C#: <c>T!</c>. <typeparamref name="T"/> is another reference
/// (<see cref="ListOf{T}"/>), a scalar class (<c>IdType</c>), an <see cref="ObjectTypeConfiguration{T}"/> the
/// builder was given, or a bound .NET type (a class, interface, enum or a .NET type mapped to a scalar).
/// <c>field.Type&lt;NonNull&lt;ListOf&lt;NonNull&lt;PhysicianType&gt;&gt;&gt;&gt;()</c> is <c>[Physician!]!</c>.
/// Never instantiated: it exists to be a type argument.</summary>
public sealed class NonNull<T>
{
    private NonNull()
    {
    }
}
