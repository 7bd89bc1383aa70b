namespace Sermo.Domain.Polls;

/// <summary>Who is asking to see a poll's tallies, as far as the tally rule cares.</summary>
public enum PollViewer
{
    /// <summary>No member: sees published results only.</summary>
    Public = 1,

    /// <summary>A verified member: sees tallies after voting, and every tally once the poll has closed.</summary>
    Member = 2,

    /// <summary>The community team, which runs polls: sees tallies at any time.</summary>
    Staff = 3,
}
