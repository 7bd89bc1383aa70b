namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>One member's vote on one proposed action, as a DataLoader key.</summary>
public readonly record struct ActionVoteKey(Guid ResponseId, Guid VoterId);
