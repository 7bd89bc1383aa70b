namespace Sermo.GraphQL.Language;

/// <summary>The names that start a definition, recognised from their bytes.</summary>
internal enum Keyword
{
    None,
    Schema,
    Scalar,
    Type,
    Interface,
    Union,
    Enum,
    Input,
    Directive,
    Query,
    Mutation,
    Subscription,
    Fragment,
    Extend,
}

internal static class Keywords
{
    public static Keyword Of(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 => Match(name, "type"u8, Keyword.Type, "enum"u8, Keyword.Enum),
        5 => name.SequenceEqual("query"u8) ? Keyword.Query : Match(name, "union"u8, Keyword.Union, "input"u8, Keyword.Input),
        6 => name.SequenceEqual("schema"u8) ? Keyword.Schema : Match(name, "scalar"u8, Keyword.Scalar, "extend"u8, Keyword.Extend),
        8 => Match(name, "mutation"u8, Keyword.Mutation, "fragment"u8, Keyword.Fragment),
        9 => Match(name, "interface"u8, Keyword.Interface, "directive"u8, Keyword.Directive),
        12 => name.SequenceEqual("subscription"u8) ? Keyword.Subscription : Keyword.None,
        _ => Keyword.None,
    };

    private static Keyword Match(ReadOnlySpan<byte> name, ReadOnlySpan<byte> first, Keyword firstKeyword, ReadOnlySpan<byte> second, Keyword secondKeyword) =>
        name.SequenceEqual(first) ? firstKeyword : name.SequenceEqual(second) ? secondKeyword : Keyword.None;
}
