using Sermo.Domain.Organisations;

namespace Sermo.Domain.Drugs;

/// <summary>A marketed drug: brand and generic name, its classes, the indications it is rated for, its manufacturer.</summary>
public sealed class Drug
{
    private readonly List<DrugClassMembership> _classes = [];
    private readonly List<DrugIndication> _indications = [];

    private Drug() { }

    /// <param name="now">When the drug is listed: its classes and indications date from then (class reports read the
    /// catalogue as it stood on 1 January of each year, see docs/reports-disclosure.md).</param>
    public Drug(string brandName, string genericName, Organisation manufacturer, IEnumerable<DrugClass> classes, IEnumerable<Indication> indications, DateTime now)
    {
        if (manufacturer.Kind != OrganisationKind.PharmaCompany)
            throw Guard.Invalid($"{manufacturer.Name} is not a pharma company and cannot manufacture drugs.");
        Id = EntityIds.Next();
        BrandName = Guard.Text(brandName, "Brand name", 200);
        GenericName = Guard.Text(genericName, "Generic name", 300);
        ManufacturerId = manufacturer.Id;
        foreach (var drugClass in classes)
            AddClass(drugClass, now);
        foreach (var indication in indications)
            AddIndication(indication, now);
        if (_classes.Count == 0)
            throw Guard.Invalid("A drug belongs to at least one drug class.");
        if (_indications.Count == 0)
            throw Guard.Invalid("A drug has at least one indication.");
    }

    public Guid Id { get; private set; }
    public string BrandName { get; private set; } = "";
    public string GenericName { get; private set; } = "";
    public Guid ManufacturerId { get; private set; }
    public IReadOnlyList<DrugClassMembership> Classes => _classes;
    public IReadOnlyList<DrugIndication> Indications => _indications;

    public bool IsIndicatedFor(Guid indicationId) => _indications.Any(i => i.IndicationId == indicationId);

    public void AddIndication(Indication indication, DateTime now)
    {
        if (!IsIndicatedFor(indication.Id))
            _indications.Add(new DrugIndication(Id, indication.Id, Guard.Utc(now, nameof(now))));
    }

    public void AddClass(DrugClass drugClass, DateTime now)
    {
        if (_classes.All(c => c.DrugClassId != drugClass.Id))
            _classes.Add(new DrugClassMembership(Id, drugClass.Id, Guard.Utc(now, nameof(now))));
    }
}
