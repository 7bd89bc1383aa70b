namespace Sermo.Domain.Polls;

/// <summary>Where a poll stands, derived from its times and publication (nothing stores it, so it never goes stale):
/// see <see cref="Poll.StateAt"/>, and <see cref="PollConditions"/> for the same rule as SQL conditions.</summary>
public enum PollState
{
    /// <summary>Not open yet: now is before its opening time.</summary>
    Scheduled = 1,

    /// <summary>Taking votes: between its opening and closing times.</summary>
    Open = 2,

    /// <summary>Past its closing time; results not published.</summary>
    Closed = 3,

    /// <summary>Closed, and the community team has published its final results (readable without a token).</summary>
    Published = 4,
}
