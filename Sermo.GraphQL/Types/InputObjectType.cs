namespace Sermo.GraphQL.Types;

/// <summary>An input object; with <see cref="IsOneOf"/> exactly one field must be given, and not null.</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    internal readonly NamedCollection<InputValue> FieldMap = new();

    public override TypeKind Kind => TypeKind.InputObject;
    public NamedCollection<InputValue> Fields => FieldMap;
    public bool IsOneOf { get; internal set; }

    /// <summary>Builds the internal value from the coerced fields (code-first binds to a .NET type);
    /// null keeps the coerced dictionary as the internal value.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? CreateValue { get; internal set; }
}
