namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>One option's tally in a <see cref="PollTallyChanged"/> event.</summary>
public sealed record PollOptionCount(Guid OptionId, int Votes);
