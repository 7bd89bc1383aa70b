using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;

namespace Sermo.Domain.Reports;

/// <summary>The catalogue as a release build needs it: which drugs each class holds, each drug's one class (for its
/// rank), and the indications each drug is rated for. The places a release publishes come from it, not from the
/// ratings, so whether a place has a row says nothing about whether anyone rated there.</summary>
public sealed class ReportCatalogue(
    IReadOnlyDictionary<Guid, IReadOnlyCollection<Guid>> drugsByClass,
    IReadOnlyDictionary<Guid, IReadOnlyCollection<Guid>> indicationsByDrug)
{
    public IReadOnlyDictionary<Guid, IReadOnlyCollection<Guid>> DrugsByClass { get; } = drugsByClass;
    public IReadOnlyDictionary<Guid, IReadOnlyCollection<Guid>> IndicationsByDrug { get; } = indicationsByDrug;

    /// <summary>The class of each drug that is in exactly one (drugs of several classes get no rank).</summary>
    public IReadOnlyDictionary<Guid, Guid> OnlyClassOfDrug { get; } = drugsByClass
        .SelectMany(c => c.Value, (c, drug) => (Class: c.Key, Drug: drug)).GroupBy(m => m.Drug)
        .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Class);

    /// <summary>Every indication some drug is rated for.</summary>
    public IEnumerable<Guid> Indications => IndicationsByDrug.Values.SelectMany(i => i).Distinct();

    /// <summary>The subjects with a place for <paramref name="indicationId"/>: each drug indicated for it, and each class
    /// holding such a drug.</summary>
    public IEnumerable<(ReportScope Scope, Guid SubjectId)> SubjectsOf(Guid indicationId)
    {
        var drugs = IndicationsByDrug.Where(d => d.Value.Contains(indicationId)).Select(d => d.Key).ToHashSet();
        foreach (var drug in drugs)
            yield return (ReportScope.Drug, drug);
        foreach (var (drugClass, members) in DrugsByClass)
            if (members.Any(drugs.Contains))
                yield return (ReportScope.DrugClass, drugClass);
    }

    public static async Task<ReportCatalogue> ReadAsync(SermoDbContext db, CancellationToken cancellationToken)
    {
        var memberships = await db.Drugs.AsNoTracking().SelectMany(d => d.Classes)
            .Select(m => new { m.DrugId, m.DrugClassId }).ToListAsync(cancellationToken);
        var indications = await db.Drugs.AsNoTracking().SelectMany(d => d.Indications)
            .Select(i => new { i.DrugId, i.IndicationId }).ToListAsync(cancellationToken);
        return new ReportCatalogue(
            memberships.GroupBy(m => m.DrugClassId).ToDictionary(g => g.Key, g => (IReadOnlyCollection<Guid>)[.. g.Select(m => m.DrugId)]),
            indications.GroupBy(i => i.DrugId).ToDictionary(g => g.Key, g => (IReadOnlyCollection<Guid>)[.. g.Select(i => i.IndicationId)]));
    }
}
