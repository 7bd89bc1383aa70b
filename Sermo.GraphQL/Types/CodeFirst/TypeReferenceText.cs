namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Reads a type reference written as in SDL (<c>"[Book!]!"</c>) given to [GraphQLType] or a descriptor.</summary>
internal static class TypeReferenceText
{
    /// <summary>The type, with named types found by <paramref name="findNamed"/>; null (and an error message)
    /// when the text is malformed or names an unknown type.</summary>
    public static GraphQLType? Resolve(string text, Func<string, NamedType?> findNamed, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        if (trimmed.EndsWith('!'))
        {
            var inner = Resolve(trimmed[..^1], findNamed, out error);
            if (inner is NonNullType)
            {
                error = $"\"{text}\" is not a valid type reference.";
                return null;
            }
            return inner is null ? null : new NonNullType(inner);
        }
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            var item = Resolve(trimmed[1..^1], findNamed, out error);
            return item is null ? null : new ListType(item);
        }
        if (trimmed.Length == 0 || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            error = $"\"{text}\" is not a valid type reference.";
            return null;
        }
        var named = findNamed(trimmed);
        if (named is null)
            error = $"Unknown type \"{trimmed}\".";
        return named;
    }
}
