namespace Sermo.GraphQL.Relay;

/// <summary>An item of a connection page and the cursor that pages from it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
