namespace Sermo.Domain.Drugs;

/// <summary>A drug is used for an indication: the pairs physicians can rate.</summary>
public sealed class DrugIndication
{
    private DrugIndication() { }

    internal DrugIndication(Guid drugId, Guid indicationId, DateTime addedAt)
    {
        DrugId = drugId;
        IndicationId = indicationId;
        AddedAt = addedAt;
    }

    public Guid DrugId { get; private set; }
    public Guid IndicationId { get; private set; }

    /// <summary>When the catalogue listed it (UTC). Class reports of a year count it from the next 1 January on, so a
    /// change never alters a closed period.</summary>
    public DateTime AddedAt { get; private set; }
}
