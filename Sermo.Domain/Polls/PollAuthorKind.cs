namespace Sermo.Domain.Polls;

public enum PollAuthorKind
{
    /// <summary>Written by the community team (staff).</summary>
    CommunityTeam = 1,
    /// <summary>Written by a verified member.</summary>
    Member = 2,
}
