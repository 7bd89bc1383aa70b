using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Sermo.GraphQL.Execution;

/// <summary>The resolver of fields without one: the parent's property or field named like the GraphQL field
/// (<c>name</c> finds <c>Name</c>), a dictionary entry, or a JSON object member.</summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Accessor> Accessors = new();

    public static ValueTask<object?> Resolve(IResolverContext context) =>
        new(context.Parent is null ? null : GetAccessor(context.Parent.GetType(), context.Field.Name).Read(context.Parent));

    /// <summary>Reads member <paramref name="name"/> from parents of one CLR type (built once per pair).</summary>
    public static Accessor GetAccessor(Type parentType, string name) =>
        Accessors.TryGetValue((parentType, name), out var accessor)
            ? accessor
            : Accessors.GetOrAdd((parentType, name), static key => Build(key.Item1, key.Item2));

    private static Accessor Build(Type parentType, string name)
    {
        if (parentType == typeof(JsonElement))
        {
            var utf8Name = System.Text.Encoding.UTF8.GetBytes(name);
            return new Accessor(parentType, parent => ReadJson((JsonElement)parent, utf8Name));
        }
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(parentType))
            return new Accessor(parentType, parent => ((IReadOnlyDictionary<string, object?>)parent).GetValueOrDefault(name));
        if (typeof(IDictionary<string, object?>).IsAssignableFrom(parentType))
            return new Accessor(parentType, parent => ((IDictionary<string, object?>)parent).TryGetValue(name, out var value) ? value : null);

        var member = FindMember(parentType, name);
        if (member is null)
            return new Accessor(parentType, static _ => null);

        var parameter = Expression.Parameter(typeof(object), "parent");
        var read = Expression.MakeMemberAccess(Expression.Convert(parameter, parentType), member);
        var body = Expression.Convert(read, typeof(object));
        return new Accessor(parentType, Expression.Lambda<Func<object, object?>>(body, parameter).Compile());
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        foreach (var candidate in (ReadOnlySpan<string>)[name, pascal])
        {
            if (type.GetProperty(candidate, flags) is { CanRead: true } property && property.GetIndexParameters().Length == 0)
                return property;
            if (type.GetField(candidate, flags) is { } field)
                return field;
        }
        return null;
    }

    /// <summary>Primitive members come back as plain values; objects and arrays stay JSON for their own selections.</summary>
    private static object? ReadJson(JsonElement parent, byte[] utf8Name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(utf8Name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.Object or JsonValueKind.Array => value,
            _ => JsonElementValues.ToPlain(value),
        };
    }

    /// <summary>A value's own statement of its GraphQL type: a <c>__typename</c> member, key or JSON property.</summary>
    public static string? TypeNameOf(object value) => GetAccessor(value.GetType(), "__typename").Read(value) as string;

    /// <summary>A compiled member read for one parent CLR type.</summary>
    internal sealed class Accessor(Type parentType, Func<object, object?> read)
    {
        public Type ParentType { get; } = parentType;
        public Func<object, object?> Read { get; } = read;
    }
}
