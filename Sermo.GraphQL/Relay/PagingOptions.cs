namespace Sermo.GraphQL.Relay;

/// <summary>Page sizes of a connection: how many items a page has when the client asks for no number, and the
/// most it may ask for.</summary>
public sealed record PagingOptions
{
    public static readonly PagingOptions Default = new();

    public int DefaultPageSize { get; init; } = 20;

    public int MaxPageSize { get; init; } = 100;
}
