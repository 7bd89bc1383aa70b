using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Domain.Drugs;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;
using Sermo.Domain.Reports;
using Sermo.Tests.Domain;
using Sermo.Tests.Persistence;

namespace Sermo.Tests.Reports;

/// <summary>A migrated test database with synthetic ratings written through the domain (verified members, a catalogue,
/// each rating superseding the rater's current one), and the contexts the release build and the pharma reader use.</summary>
internal sealed class ReportDatabase(DatabaseProvider provider, string connectionString)
{
    public DbContextOptions<SermoDbContext> Options { get; } = PersistenceTests.OptionsFor(provider, connectionString);

    public SermoDbContext NewContext() => new(Options);

    public ReportReleasesContext NewReader()
    {
        var builder = new DbContextOptionsBuilder<ReportReleasesContext>();
        DatabaseProviderConfiguration.Configure(builder, new DatabaseOptions { Provider = provider.ToString(), ConnectionString = connectionString }, AppContext.BaseDirectory);
        return new ReportReleasesContext(builder.Options);
    }

    /// <summary>Writes the catalogue's drugs and the ratings; returns the catalogue under the ids the database holds.</summary>
    public async Task<SyntheticCatalogue> WriteAsync(SyntheticCatalogue shape, IReadOnlyList<SyntheticRating> ratings)
    {
        await using var db = NewContext();
        var maker = Given.Pharma();
        var indications = shape.IndicationIds.Select((_, i) => new Indication($"Indication {i}", null)).ToList();
        var classes = shape.ClassIds.Select((_, c) => new DrugClass($"Class {c}", null)).ToList();
        var drugs = shape.DrugIds.Select((_, d) => new Drug($"Brand {d} {Guid.NewGuid():N}", $"generic {d}", maker,
            classes.Where((_, c) => shape.DrugsOfClass[c].Contains(d)), indications, SyntheticCatalogue.ListedAt)).ToList();
        var physicians = new Dictionary<int, Physician>();
        var current = new Dictionary<(int, int, int), DrugRating>();
        var rows = new List<DrugRating>();
        foreach (var rating in ratings)
        {
            if (!physicians.TryGetValue(rating.Physician, out var rater))
            {
                var unique = Guid.NewGuid().ToString("N")[..12];
                var enrolment = Physician.Apply(Given.Application(true, rating.Country, rating.Specialty) with { Email = $"m{unique}@example.org", LicenceNumber = "MD-" + unique }, Given.Now);
                foreach (var stage in new[] { CredentialStage.Identity, CredentialStage.Licence, CredentialStage.Practice })
                    enrolment.Physician.RecordCredentialCheck(stage, passed: true, "verifier@sermo", Given.Now);
                physicians[rating.Physician] = rater = enrolment.Physician;
                db.AddRange(enrolment.Physician, enrolment.PrivateDetails);
            }
            var key = (rating.Physician, rating.Drug, rating.Indication);
            var scores = new RatingScores(rating.Scores[0], rating.Scores[1], rating.Scores[2], rating.Scores[3], rating.Scores[4]);
            var made = DrugRating.Submit(rater, drugs[rating.Drug], indications[rating.Indication].Id, scores, null, current.GetValueOrDefault(key), rating.RatedAt);
            current[key] = made;
            rows.Add(made);
        }
        db.AddRange(maker);
        db.AddRange(indications);
        db.AddRange(classes);
        db.AddRange(drugs);
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return new SyntheticCatalogue([.. drugs.Select(d => d.Id)], [.. indications.Select(i => i.Id)], [.. classes.Select(c => c.Id)], shape.DrugsOfClass);
    }

    /// <summary>Adds a drug to a class through the domain at <paramref name="at"/>; returns the catalogue with it.</summary>
    public async Task<SyntheticCatalogue> JoinAsync(SyntheticCatalogue catalogue, int drug, int drugClass, DateTime at)
    {
        await using var db = NewContext();
        var listed = await db.Drugs.SingleAsync(d => d.Id == catalogue.DrugIds[drug]);
        listed.AddClass(await db.DrugClasses.SingleAsync(c => c.Id == catalogue.ClassIds[drugClass]), at);
        await db.SaveChangesAsync();
        return catalogue.Joining(drug, drugClass, at);
    }

    /// <summary>Gives every class membership and indication listing the date the migration that added these dates gave
    /// the rows already there: the earliest date there is, which PostgreSQL stores as -infinity.</summary>
    public async Task DateEveryListingAtTheEarliestAsync()
    {
        await using var db = NewContext();
        var earliest = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
        await db.Database.ExecuteSqlAsync($"UPDATE \"DrugClassMemberships\" SET \"AddedAt\" = {earliest}");
        await db.Database.ExecuteSqlAsync($"UPDATE \"DrugIndications\" SET \"AddedAt\" = {earliest}");
    }

    public async Task<List<ReportCell>> CellsAsync(Guid releaseId)
    {
        await using var reader = NewReader();
        return await reader.Cells.Where(c => c.ReleaseId == releaseId).ToListAsync();
    }
}
