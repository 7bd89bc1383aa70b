namespace Sermo.GraphQL.Relay;

/// <summary>An edge's cursor seen without its item type, so <see cref="PageInfo"/> can read its first and last edges'
/// cursors only when asked.</summary>
internal interface IEdgeCursor
{
    string Cursor { get; }
}
