namespace Sermo.Domain.Polls;

/// <summary>A member's vote; keyed by poll and member, so the database itself allows one vote per member.</summary>
public sealed class PollVote
{
    private PollVote() { }

    internal PollVote(Guid pollId, Guid optionId, Guid physicianId, string countryCode, DateTime castAt)
    {
        PollId = pollId;
        OptionId = optionId;
        PhysicianId = physicianId;
        CountryCode = countryCode;
        CastAt = castAt;
    }

    public Guid PollId { get; private set; }
    public Guid PhysicianId { get; private set; }
    public Guid OptionId { get; private set; }
    /// <summary>The voter's country when voting, so results can be broken down by country without reading profiles.</summary>
    public string CountryCode { get; private set; } = "";
    public DateTime CastAt { get; private set; }
}
