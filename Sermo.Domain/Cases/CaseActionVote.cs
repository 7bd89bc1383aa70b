namespace Sermo.Domain.Cases;

/// <summary>A member's vote for or against a proposed course of action; one per member and proposal.</summary>
public sealed class CaseActionVote
{
    private CaseActionVote() { }

    internal CaseActionVote(Guid caseId, Guid responseId, Guid physicianId, bool supports, DateTime castAt)
    {
        CaseId = caseId;
        ResponseId = responseId;
        PhysicianId = physicianId;
        Supports = supports;
        CastAt = castAt;
    }

    public Guid CaseId { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid PhysicianId { get; private set; }
    public bool Supports { get; private set; }
    public DateTime CastAt { get; private set; }
}
