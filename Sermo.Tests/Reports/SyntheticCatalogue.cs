using Sermo.Domain.Reports;

namespace Sermo.Tests.Reports;

/// <summary>Drugs and classes of a synthetic dataset by number, with the ids they get in the reports.</summary>
internal sealed class SyntheticCatalogue
{
    public SyntheticCatalogue(int drugs, int indications, IReadOnlyList<int[]> drugsOfClass)
        : this([.. Enumerable.Range(0, drugs).Select(_ => Guid.NewGuid())], [.. Enumerable.Range(0, indications).Select(_ => Guid.NewGuid())],
            [.. drugsOfClass.Select(_ => Guid.NewGuid())], drugsOfClass)
    {
    }

    /// <summary>The same catalogue under the ids a database gave it.</summary>
    public SyntheticCatalogue(Guid[] drugIds, Guid[] indicationIds, Guid[] classIds, IReadOnlyList<int[]> drugsOfClass)
    {
        DrugIds = drugIds;
        IndicationIds = indicationIds;
        ClassIds = classIds;
        DrugsOfClass = drugsOfClass;
    }

    public Guid[] DrugIds { get; }
    public Guid[] IndicationIds { get; }
    public Guid[] ClassIds { get; }
    public IReadOnlyList<int[]> DrugsOfClass { get; }

    public IEnumerable<Guid> ClassesOf(int drug) => ClassIds.Where((_, c) => DrugsOfClass[c].Contains(drug));

    public IReadOnlyDictionary<Guid, IReadOnlyCollection<Guid>> DrugsByClass =>
        ClassIds.Select((id, c) => (id, c)).ToDictionary(x => x.id, x => (IReadOnlyCollection<Guid>)[.. DrugsOfClass[x.c].Select(d => DrugIds[d])]);

    /// <summary>As the release build reads it: every drug is rated for every indication (as <see cref="ReportDatabase"/> writes it).</summary>
    public ReportCatalogue Report => new(DrugsByClass, DrugIds.ToDictionary(d => d, _ => (IReadOnlyCollection<Guid>)IndicationIds));

    public IReadOnlyDictionary<Guid, Guid> OnlyClassOfDrug =>
        Enumerable.Range(0, DrugIds.Length).Select(d => (d, Classes: ClassesOf(d).ToList())).Where(x => x.Classes.Count == 1)
            .ToDictionary(x => DrugIds[x.d], x => x.Classes[0]);
}
