namespace Sermo.GraphQL.Relay;

/// <summary>What a global id stands for: the GraphQL type of the entity and its key (int, long, Guid or string).</summary>
public readonly record struct GlobalId(string TypeName, object Key);
