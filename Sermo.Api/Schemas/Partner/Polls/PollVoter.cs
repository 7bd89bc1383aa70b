namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>A member in one poll: the key of their vote.</summary>
public readonly record struct PollVoter(Guid PollId, Guid PhysicianId);
