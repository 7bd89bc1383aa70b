namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>The type of a field, argument or input field as it was declared instead of inferred: written as in
/// SDL (<c>"[Book!]!"</c>), as a C# reference (<c>NonNull&lt;ListOf&lt;BookType&gt;&gt;</c>) or as a built type.</summary>
internal abstract record DeclaredType
{
    public sealed record Sdl(string Text) : DeclaredType;

    public sealed record Clr(Type Reference) : DeclaredType;

    public sealed record Built(GraphQLType Type) : DeclaredType;
}
