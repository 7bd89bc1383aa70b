using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;

namespace Sermo.Domain.Reports;

/// <summary>
/// The catalogue as a release build needs it: which drugs each class holds and which indications each drug is rated
/// for, each listing with the time it was made. The places a release publishes come from it, not from the ratings, so
/// whether a place has a row says nothing about whether anyone rated there. A class's cells of a calendar year count
/// the drugs (and their indications) listed before 1 January of that year: its months, quarters and the year hold the
/// same drugs, and a later listing never changes a closed period (docs/reports-disclosure.md).
/// </summary>
public sealed class ReportCatalogue
{
    private readonly ILookup<Guid, Listing> _classesByDrug;
    private readonly ILookup<Guid, Listing> _drugsByClass;
    private readonly Dictionary<(Guid Drug, Guid Indication), DateTime> _indicatedSince;

    /// <param name="memberships">Drug, class and when the drug joined the class.</param>
    /// <param name="indications">Drug, indication and when the drug was listed for it.</param>
    public ReportCatalogue(IEnumerable<Listing> memberships, IEnumerable<Listing> indications)
    {
        var classes = memberships.ToList();
        _classesByDrug = classes.ToLookup(m => m.DrugId);
        _drugsByClass = classes.ToLookup(m => m.OtherId);
        _indicatedSince = indications.ToDictionary(i => (i.DrugId, i.OtherId), i => i.AddedAt);
    }

    /// <summary>A drug's listing in a class (<see cref="OtherId"/> the class) or for an indication (the indication).</summary>
    public sealed record Listing(Guid DrugId, Guid OtherId, DateTime AddedAt)
    {
        /// <summary>Whether the listing counts in the cells of <paramref name="year"/>: made before its 1 January.</summary>
        public bool HoldsIn(int year) => AddedAt.Year < year;
    }

    /// <summary>Every indication some drug is listed for.</summary>
    public IEnumerable<Guid> Indications => _indicatedSince.Keys.Select(k => k.Indication).Distinct();

    /// <summary>The subjects with a place for <paramref name="indicationId"/>: each drug listed for it, and each class that
    /// holds such a drug (a place that counts nobody in a year before the listing is a zero place).</summary>
    public IEnumerable<(ReportScope Scope, Guid SubjectId)> SubjectsOf(Guid indicationId)
    {
        var drugs = _indicatedSince.Keys.Where(k => k.Indication == indicationId).Select(k => k.Drug).ToHashSet();
        foreach (var drug in drugs)
            yield return (ReportScope.Drug, drug);
        foreach (var drugClass in drugs.SelectMany(d => _classesByDrug[d]).Select(m => m.OtherId).Distinct())
            yield return (ReportScope.DrugClass, drugClass);
    }

    /// <summary>The drugs a class's cells for <paramref name="indicationId"/> count in <paramref name="year"/>: in the class
    /// and listed for the indication before its 1 January.</summary>
    public IEnumerable<Guid> DrugsOf(Guid classId, Guid indicationId, int year) =>
        _drugsByClass[classId].Where(m => m.HoldsIn(year)
            && _indicatedSince.TryGetValue((m.DrugId, indicationId), out var since) && since.Year < year).Select(m => m.DrugId);

    /// <summary>The drug's one class in <paramref name="year"/> (its rank is within it); null when it was in several.</summary>
    public Guid? OnlyClassOf(Guid drugId, int year)
    {
        var classes = _classesByDrug[drugId].Where(m => m.HoldsIn(year)).Take(2).ToList();
        return classes.Count == 1 ? classes[0].OtherId : null;
    }

    public static async Task<ReportCatalogue> ReadAsync(SermoDbContext db, CancellationToken cancellationToken)
    {
        var memberships = await db.Drugs.AsNoTracking().SelectMany(d => d.Classes)
            .Select(m => new Listing(m.DrugId, m.DrugClassId, m.AddedAt)).ToListAsync(cancellationToken);
        var indications = await db.Drugs.AsNoTracking().SelectMany(d => d.Indications)
            .Select(i => new Listing(i.DrugId, i.IndicationId, i.AddedAt)).ToListAsync(cancellationToken);
        return new ReportCatalogue(memberships, indications);
    }
}
