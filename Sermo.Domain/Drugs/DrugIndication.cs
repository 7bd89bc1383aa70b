namespace Sermo.Domain.Drugs;

/// <summary>A drug is used for an indication: the pairs physicians can rate.</summary>
public sealed class DrugIndication
{
    private DrugIndication() { }

    internal DrugIndication(Guid drugId, Guid indicationId)
    {
        DrugId = drugId;
        IndicationId = indicationId;
    }

    public Guid DrugId { get; private set; }
    public Guid IndicationId { get; private set; }
}
