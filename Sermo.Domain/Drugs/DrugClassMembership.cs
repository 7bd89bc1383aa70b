namespace Sermo.Domain.Drugs;

/// <summary>A drug belongs to a class (a combination product can belong to several).</summary>
public sealed class DrugClassMembership
{
    private DrugClassMembership() { }

    internal DrugClassMembership(Guid drugId, Guid drugClassId, DateTime addedAt)
    {
        DrugId = drugId;
        DrugClassId = drugClassId;
        AddedAt = addedAt;
    }

    public Guid DrugId { get; private set; }
    public Guid DrugClassId { get; private set; }

    /// <summary>When the catalogue listed it (UTC). Class reports of a year count it from the next 1 January on, so a
    /// change never alters a closed period.</summary>
    public DateTime AddedAt { get; private set; }
}
