using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    internal readonly NamedCollection<EnumValue> ValueMap = new();
    private Dictionary<object, EnumValue>? _byRuntimeValue;

    public override TypeKind Kind => TypeKind.Enum;
    public NamedCollection<EnumValue> Values => ValueMap;

    /// <summary>The .NET enum bound to this type (code-first), if any.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>The enum value whose internal value is <paramref name="value"/> (result coercion).</summary>
    public EnumValue? FindByRuntimeValue(object value)
    {
        _byRuntimeValue ??= BuildRuntimeIndex();
        return _byRuntimeValue.GetValueOrDefault(value);
    }

    private Dictionary<object, EnumValue> BuildRuntimeIndex()
    {
        var index = new Dictionary<object, EnumValue>();
        foreach (var value in ValueMap)
            index.TryAdd(value.Value, value);
        return index;
    }
}

public sealed class EnumValue(string name, object value, string? description = null) : INamed, IHasMetadata
{
    public string Name { get; } = name;

    /// <summary>The internal value: a .NET enum member when bound, otherwise the name itself.</summary>
    public object Value { get; } = value;

    public string? Description { get; internal set; } = description;
    public string? DeprecationReason { get; internal set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public EnumValueDefinitionNode? SyntaxNode { get; internal set; }
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
