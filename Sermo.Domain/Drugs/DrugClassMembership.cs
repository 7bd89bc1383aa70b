namespace Sermo.Domain.Drugs;

/// <summary>A drug belongs to a class (a combination product can belong to several).</summary>
public sealed class DrugClassMembership
{
    private DrugClassMembership() { }

    internal DrugClassMembership(Guid drugId, Guid drugClassId)
    {
        DrugId = drugId;
        DrugClassId = drugClassId;
    }

    public Guid DrugId { get; private set; }
    public Guid DrugClassId { get; private set; }
}
