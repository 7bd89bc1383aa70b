using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The drug catalogue (public product information) as the pharma graph needs it: names for the release tables'
/// ids, and which drugs each class holds for the subscription's classes. The one place in the pharma area that opens the
/// main context, and it reads the three catalogue tables only (never ratings or physicians); resolvers get the
/// <see cref="Snapshot"/>, not a context. Read at most once a minute: the catalogue changes rarely and a few hundred rows
/// are cheaper kept than read per request.</summary>
public sealed class PharmaCatalogue
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly IDbContextFactory<SermoDbContext> _contexts;
    private readonly SharedReading<Snapshot> _current;

    public PharmaCatalogue(IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _current = new SharedReading<Snapshot>(ReadAsync, clock, Lifetime);
    }

    public Task<Snapshot> CurrentAsync(CancellationToken cancellationToken) => _current.CurrentAsync(cancellationToken);

    private async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var drugs = await db.Drugs.AsNoTracking()
            .Select(d => new CatalogueDrug(d.Id, d.BrandName, d.GenericName,
                d.Classes.Select(c => c.DrugClassId).ToList(), d.Indications.Select(i => i.IndicationId).ToList()))
            .ToListAsync(cancellationToken);
        var classes = await db.DrugClasses.AsNoTracking().Select(c => new { c.Id, c.Name, c.AtcCode }).ToListAsync(cancellationToken);
        var indications = await db.Indications.AsNoTracking().Select(i => new CatalogueIndication(i.Id, i.Name, i.Icd10Code)).ToListAsync(cancellationToken);
        var drugsOfClass = drugs.SelectMany(d => d.ClassIds.Select(c => (Class: c, Drug: d.Id))).ToLookup(p => p.Class, p => p.Drug);
        return new Snapshot(
            drugs.ToDictionary(d => d.Id),
            classes.ToDictionary(c => c.Id, c => new CatalogueDrugClass(c.Id, c.Name, c.AtcCode, [.. drugsOfClass[c.Id].Order()])),
            indications.ToDictionary(i => i.Id));
    }

    /// <summary>The catalogue as read at one moment.</summary>
    public sealed class Snapshot(
        IReadOnlyDictionary<Guid, CatalogueDrug> drugs,
        IReadOnlyDictionary<Guid, CatalogueDrugClass> classes,
        IReadOnlyDictionary<Guid, CatalogueIndication> indications)
    {
        public IReadOnlyDictionary<Guid, CatalogueDrug> Drugs { get; } = drugs;
        public IReadOnlyDictionary<Guid, CatalogueDrugClass> Classes { get; } = classes;
        public IReadOnlyDictionary<Guid, CatalogueIndication> Indications { get; } = indications;

        /// <summary>The classes the entitlement covers, by name order.</summary>
        public IReadOnlyList<CatalogueDrugClass> ClassesCoveredBy(PharmaEntitlement entitlement) =>
            [.. Classes.Values.Where(c => entitlement.CoversClass(c.Id, c.AtcCode)).OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id)];

        /// <summary>A drug is covered when one of its classes is.</summary>
        public bool CoversDrug(PharmaEntitlement entitlement, CatalogueDrug drug) =>
            entitlement.CoversEveryClass || drug.ClassIds.Any(c => Classes.TryGetValue(c, out var drugClass) && entitlement.CoversClass(c, drugClass.AtcCode));

        public bool CoversClass(PharmaEntitlement entitlement, CatalogueDrugClass drugClass) => entitlement.CoversClass(drugClass.Id, drugClass.AtcCode);

        /// <summary>The subjects (class ids and their drugs' ids) an entitlement covers; null when it covers every class.</summary>
        public IReadOnlySet<Guid>? SubjectsCoveredBy(PharmaEntitlement entitlement)
        {
            if (entitlement.CoversEveryClass)
                return null;
            var subjects = new HashSet<Guid>();
            foreach (var drugClass in ClassesCoveredBy(entitlement))
            {
                subjects.Add(drugClass.Id);
                subjects.UnionWith(drugClass.DrugIds);
            }
            return subjects;
        }
    }
}
