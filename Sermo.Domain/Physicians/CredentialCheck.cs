namespace Sermo.Domain.Physicians;

/// <summary>The outcome of one stage (keyed by member and stage: each stage is decided once) of a member's credential check, kept as a record of who decided and when.</summary>
public sealed class CredentialCheck
{
    private CredentialCheck() { }

    internal CredentialCheck(Guid physicianId, CredentialStage stage, bool passed, string checkedBy, DateTime checkedAt, string? note)
    {
        PhysicianId = physicianId;
        Stage = stage;
        Passed = passed;
        CheckedBy = checkedBy;
        CheckedAt = checkedAt;
        Note = note;
    }

    public Guid PhysicianId { get; private set; }
    public CredentialStage Stage { get; private set; }
    public bool Passed { get; private set; }
    /// <summary>The staff member (or verification service) that decided.</summary>
    public string CheckedBy { get; private set; } = "";
    public DateTime CheckedAt { get; private set; }
    public string? Note { get; private set; }
}
