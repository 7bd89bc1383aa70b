namespace Sermo.Api.Schemas.Conventions;

/// <summary>What a mutation returns: the object it changed (null when it was refused) and the rules the input broke
/// (empty when it succeeded). Bound to one payload type per kind of object (<see cref="MutationConventions.AddPayload{T}"/>).</summary>
public sealed class Payload<T>
    where T : class
{
    private Payload(T? value, IReadOnlyList<MutationError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<MutationError> Errors { get; }

    public static Payload<T> Success(T value) => new(value, []);

    public static Payload<T> Refused(IReadOnlyList<MutationError> errors) => new(null, errors);

    public static Payload<T> Refused(MutationError error) => new(null, [error]);
}
