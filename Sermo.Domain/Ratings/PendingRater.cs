namespace Sermo.Domain.Ratings;

/// <summary>A member who rated a drug for an indication, or changed their rating, since its summary's last release
/// (<see cref="RatingSummaryRelease.PendingRaters"/>). The key (drug, indication, member) counts each member once.</summary>
public sealed class PendingRater
{
    private PendingRater() { }

    internal PendingRater(Guid drugId, Guid indicationId, Guid physicianId)
    {
        DrugId = drugId;
        IndicationId = indicationId;
        PhysicianId = physicianId;
    }

    public Guid DrugId { get; private set; }
    public Guid IndicationId { get; private set; }
    public Guid PhysicianId { get; private set; }
}
