using Sermo.Domain.Reports;

namespace Sermo.Tests.Reports;

/// <summary>Drugs and classes of a synthetic dataset by number, with the ids they get in the reports. Everything is
/// listed at <see cref="ListedAt"/> (years before the ratings), every drug for every indication; <see cref="Joining"/>
/// adds a drug to a class later.</summary>
internal sealed class SyntheticCatalogue
{
    public static readonly DateTime ListedAt = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public SyntheticCatalogue(int drugs, int indications, IReadOnlyList<int[]> drugsOfClass)
        : this([.. Enumerable.Range(0, drugs).Select(_ => Guid.NewGuid())], [.. Enumerable.Range(0, indications).Select(_ => Guid.NewGuid())],
            [.. drugsOfClass.Select(_ => Guid.NewGuid())], drugsOfClass)
    {
    }

    /// <summary>The same catalogue under the ids a database gave it.</summary>
    public SyntheticCatalogue(Guid[] drugIds, Guid[] indicationIds, Guid[] classIds, IReadOnlyList<int[]> drugsOfClass, IReadOnlyList<(int Drug, int Class, DateTime At)>? joined = null)
    {
        DrugIds = drugIds;
        IndicationIds = indicationIds;
        ClassIds = classIds;
        DrugsOfClass = drugsOfClass;
        Joined = joined ?? [];
    }

    public Guid[] DrugIds { get; }
    public Guid[] IndicationIds { get; }
    public Guid[] ClassIds { get; }

    /// <summary>The classes' drugs as listed at <see cref="ListedAt"/>.</summary>
    public IReadOnlyList<int[]> DrugsOfClass { get; }

    /// <summary>Drugs that joined a class later, and when.</summary>
    public IReadOnlyList<(int Drug, int Class, DateTime At)> Joined { get; }

    /// <summary>The catalogue with <paramref name="drug"/> joining class <paramref name="drugClass"/> at <paramref name="at"/>.</summary>
    public SyntheticCatalogue Joining(int drug, int drugClass, DateTime at) => new(DrugIds, IndicationIds, ClassIds, DrugsOfClass, [.. Joined, (drug, drugClass, at)]);

    /// <summary>The classes whose cells of <paramref name="year"/> count the drug: it was in them before that 1 January.</summary>
    public IEnumerable<Guid> ClassesOf(int drug, int year) => ClassIds.Where((_, c) => DrugsOfClass[c].Contains(drug)
        || Joined.Any(j => j.Drug == drug && j.Class == c && j.At < new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

    /// <summary>As the release build reads it.</summary>
    public ReportCatalogue Report => new(
        [.. DrugsOfClass.SelectMany((drugs, c) => drugs.Select(d => new ReportCatalogue.Listing(DrugIds[d], ClassIds[c], ListedAt))),
            .. Joined.Select(j => new ReportCatalogue.Listing(DrugIds[j.Drug], ClassIds[j.Class], j.At))],
        DrugIds.SelectMany(d => IndicationIds.Select(i => new ReportCatalogue.Listing(d, i, ListedAt))));
}
