namespace Sermo.GraphQL.Language;

/// <summary>Limits that make a hostile document fail fast with a GraphQL error instead of costing time,
/// memory or stack. The defaults suit requests from the network.</summary>
public sealed class ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest document accepted, in UTF-8 bytes (1 MiB unless set).</summary>
    public int MaxDocumentBytes
    {
        get;
        init => field = Positive(value);
    } = 1024 * 1024;

    /// <summary>Most tokens a document may hold; the end-of-file token is not counted.</summary>
    public int MaxTokens
    {
        get;
        init => field = Positive(value);
    } = 15_000;

    /// <summary>Deepest nesting of selection sets, list and object values and list types, all counted
    /// together.</summary>
    public int MaxDepth
    {
        get;
        init => field = Positive(value);
    } = 64;

    /// <summary>Leave <see cref="Ast.SyntaxNode.Location"/> null on every node (less memory when no error
    /// will need to point into the document).</summary>
    public bool NoLocation { get; init; }

    private static int Positive(int value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A parser limit must be positive.");
}
