namespace Sermo.GraphQL.Relay;

/// <summary>The Relay <c>PageInfo</c>: whether more items lie beyond either end of the page, and the cursors of
/// its first and last edges (null for an empty page).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
