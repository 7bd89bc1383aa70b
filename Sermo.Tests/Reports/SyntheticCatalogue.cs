namespace Sermo.Tests.Reports;

/// <summary>Drugs and classes of a synthetic dataset by number, with the ids they get in the reports.</summary>
internal sealed class SyntheticCatalogue
{
    public SyntheticCatalogue(int drugs, int indications, IReadOnlyList<int[]> drugsOfClass)
    {
        DrugIds = [.. Enumerable.Range(0, drugs).Select(_ => Guid.NewGuid())];
        IndicationIds = [.. Enumerable.Range(0, indications).Select(_ => Guid.NewGuid())];
        ClassIds = [.. drugsOfClass.Select(_ => Guid.NewGuid())];
        DrugsOfClass = drugsOfClass;
    }

    public Guid[] DrugIds { get; }
    public Guid[] IndicationIds { get; }
    public Guid[] ClassIds { get; }
    public IReadOnlyList<int[]> DrugsOfClass { get; }

    public IEnumerable<Guid> ClassesOf(int drug) => ClassIds.Where((_, c) => DrugsOfClass[c].Contains(drug));

    public IReadOnlyDictionary<Guid, IReadOnlyCollection<Guid>> DrugsByClass =>
        ClassIds.Select((id, c) => (id, c)).ToDictionary(x => x.id, x => (IReadOnlyCollection<Guid>)[.. DrugsOfClass[x.c].Select(d => DrugIds[d])]);

    public IReadOnlyDictionary<Guid, Guid> OnlyClassOfDrug =>
        Enumerable.Range(0, DrugIds.Length).Select(d => (d, Classes: ClassesOf(d).ToList())).Where(x => x.Classes.Count == 1)
            .ToDictionary(x => DrugIds[x.d], x => x.Classes[0]);
}
