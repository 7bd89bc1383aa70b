namespace Sermo.GraphQL.Relay;

/// <summary>A validated page: its direction, size and the cursors bounding it (either, both or none).</summary>
public readonly record struct PageRequest(PageDirection Direction, int Size, string? After, string? Before);
