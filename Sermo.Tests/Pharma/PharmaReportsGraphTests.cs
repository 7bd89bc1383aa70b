using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Pharma.Reports;
using Sermo.Domain.Persistence;
using Sermo.Domain.Reports;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Partner;

namespace Sermo.Tests.Pharma;

/// <summary>The pharma graph on the demo seed (a release is cut after seeding), on SQLite and PostgreSQL: releases,
/// the drug and class reports (published cells carry numbers, suppressed ones none), the rows, and entitlement.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PharmaReportsGraphTests(PartnerGraphFixture fixture)
{
    private const string Figures = "dimension suppressed raters mean distribution rankInClass";

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_latest_release_is_the_newest_of_the_releases_and_holds_cells(string provider)
    {
        var server = fixture.Server(provider);
        var data = await PharmaCallers.Client(server, PharmaCallers.Token(server)).DataAsync("""
            { latestRelease { id cutOffAt cellCount suppressedCellCount } releases(first: 3) { nodes { id } totalCount } }
            """);
        var latest = data.GetProperty("latestRelease");
        Assert.True(latest.GetProperty("cellCount").GetInt32() > latest.GetProperty("suppressedCellCount").GetInt32());
        Assert.True(latest.GetProperty("suppressedCellCount").GetInt32() > 0, "The demo seed should give some suppressed cells.");
        Assert.Equal(latest.GetProperty("id").GetString(), data.GetProperty("releases").GetProperty("nodes")[0].GetProperty("id").GetString());

        var again = await PharmaCallers.Client(server, PharmaCallers.Token(server)).DataAsync("query($id: ID!) { release(id: $id) { id cellCount } }", new { id = latest.GetProperty("id").GetString() });
        Assert.Equal(latest.GetProperty("cellCount").GetInt32(), again.GetProperty("release").GetProperty("cellCount").GetInt32());

        // A subscription limited to some classes is not told how much the whole release (the other classes) holds.
        var limited = await PharmaCallers.Client(server, PharmaCallers.Token(server, Guid.NewGuid().ToString())).DataAsync("""
            { latestRelease { id cellCount suppressedCellCount } releases(first: 3) { nodes { cellCount suppressedCellCount } } }
            """);
        Assert.Equal(latest.GetProperty("id").GetString(), limited.GetProperty("latestRelease").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, limited.GetProperty("latestRelease").GetProperty("cellCount").ValueKind);
        Assert.All(limited.GetProperty("releases").GetProperty("nodes").EnumerateArray(), r =>
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (r.GetProperty("cellCount").ValueKind, r.GetProperty("suppressedCellCount").ValueKind)));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_drug_report_shows_published_figures_and_suppressed_cells_without_any_number(string provider)
    {
        var server = fixture.Server(provider);
        var (drug, indication) = await BusiestDrugAsync(server);
        var data = await PharmaCallers.Client(server, PharmaCallers.Token(server)).DataAsync($$"""
            query($drug: ID!, $indication: ID!) {
              drugReport(drugId: $drug, indicationId: $indication, periodKind: QUARTER) {
                drug { id brandName } indication { id name } periodKind
                periods { start end label dimensions { {{Figures}} } specialtyGroups { code name dimensions { {{Figures}} } } countryRegions { code dimensions { {{Figures}} } } }
              }
            }
            """, new { drug = PartnerIds.Of(server, "Drug", drug), indication = PartnerIds.Of(server, "Indication", indication) });
        var report = data.GetProperty("drugReport");
        Assert.Equal(PartnerIds.Of(server, "Drug", drug), report.GetProperty("drug").GetProperty("id").GetString());
        var cells = report.GetProperty("periods").EnumerateArray()
            .SelectMany(p => p.GetProperty("dimensions").EnumerateArray()
                .Concat(p.GetProperty("specialtyGroups").EnumerateArray().SelectMany(g => g.GetProperty("dimensions").EnumerateArray()))
                .Concat(p.GetProperty("countryRegions").EnumerateArray().SelectMany(g => g.GetProperty("dimensions").EnumerateArray())))
            .ToList();
        var published = cells.Where(c => !c.GetProperty("suppressed").GetBoolean()).ToList();
        Assert.NotEmpty(published);
        foreach (var cell in published)
        {
            Assert.True(cell.GetProperty("raters").GetInt32() >= 11, $"A published cell counts at least 11 raters: {cell}");
            var mean = cell.GetProperty("mean").GetDouble();
            Assert.InRange(mean, 1, 5);
            Assert.Equal(5, cell.GetProperty("distribution").GetArrayLength());
        }
        foreach (var cell in cells.Where(c => c.GetProperty("suppressed").GetBoolean()))
        {
            foreach (var number in new[] { "raters", "mean", "distribution", "rankInClass" })
                Assert.Equal(JsonValueKind.Null, cell.GetProperty(number).ValueKind);
        }
        var periods = report.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("start").GetString()).ToList();
        Assert.Equal(periods.Order(StringComparer.Ordinal), periods);
        Assert.Matches(@"^\d{4}-Q[1-4]$", report.GetProperty("periods")[0].GetProperty("label").GetString()!);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_class_report_and_the_rows_answer_from_the_release_asked_for(string provider)
    {
        var server = fixture.Server(provider);
        var (drugClass, indication) = await BusiestClassAsync(server);
        var client = PharmaCallers.Client(server, PharmaCallers.Token(server));
        var data = await client.DataAsync("""
            query($class: ID!, $indication: ID!) {
              latestRelease { id }
              drugClassReport(drugClassId: $class, indicationId: $indication, periodKind: YEAR) { drugClass { name drugs { brandName } } periods { label dimensions { dimension suppressed raters } } }
              rows(where: { periodKind: YEAR, drugClassIds: [$class], indicationIds: [$indication] }, first: 100) { totalCount nodes { scope subjectId periodKind indicationId breakdown } }
            }
            """, new { @class = PartnerIds.Of(server, "DrugClass", drugClass), indication = PartnerIds.Of(server, "Indication", indication) });
        Assert.NotEmpty(data.GetProperty("drugClassReport").GetProperty("periods").EnumerateArray());
        var rows = data.GetProperty("rows").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Equal("YEAR", row.GetProperty("periodKind").GetString());
            Assert.Equal(PartnerIds.Of(server, "Indication", indication), row.GetProperty("indicationId").GetString());
        });
        var subjects = await SubjectsOfClassAsync(server, drugClass);
        Assert.All(rows, row => Assert.Contains(row.GetProperty("subjectId").GetString()!, subjects));

        var releaseId = data.GetProperty("latestRelease").GetProperty("id").GetString();
        var named = await client.DataAsync("query($release: ID!) { rows(releaseId: $release, first: 1) { nodes { releaseId } } }", new { release = releaseId });
        Assert.Equal(releaseId, named.GetProperty("rows").GetProperty("nodes")[0].GetProperty("releaseId").GetString());
        var unknown = await client.PostAsync("query($release: ID!) { rows(releaseId: $release, first: 1) { totalCount } }",
            new { release = PartnerIds.Of(server, "ReportRelease", Guid.NewGuid()) });
        Assert.Equal(FieldErrors.NotFoundCode, unknown.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Reports_outside_the_subscription_answer_not_entitled_and_say_no_more(string provider)
    {
        var server = fixture.Server(provider);
        var (drug, indication) = await BusiestDrugAsync(server);
        var (classes, otherClass) = await ClassesAsync(server, drug);
        var args = new { drug = PartnerIds.Of(server, "Drug", drug), indication = PartnerIds.Of(server, "Indication", indication), other = PartnerIds.Of(server, "DrugClass", otherClass) };
        const string query = "query($drug: ID!, $indication: ID!) { drugReport(drugId: $drug, indicationId: $indication) { drug { id } } }";

        // Covered by its own class (by id), and by ATC code where the class has one. The covered caller's read leaves the
        // report's periods in memory (ReportPeriodsCache): the refusal below must come before them all the same.
        var covered = PharmaCallers.Client(server, PharmaCallers.Token(server, classes[0].Id.ToString()));
        Assert.Equal(JsonValueKind.Object, (await covered.DataAsync(query, args)).GetProperty("drugReport").ValueKind);
        if (classes[0].AtcCode is { } atc)
            Assert.Equal(JsonValueKind.Object, (await PharmaCallers.Client(server, PharmaCallers.Token(server, atc.ToLowerInvariant())).DataAsync(query, args)).GetProperty("drugReport").ValueKind);

        var outside = PharmaCallers.Client(server, PharmaCallers.Token(server, otherClass.ToString()));
        var refusals = new List<JsonElement>
        {
            await outside.PostAsync(query, args),
            await outside.PostAsync("query($drug: ID!) { rows(where: { drugIds: [$drug] }, first: 5) { totalCount } }", args),
            await PharmaCallers.Client(server, PharmaCallers.TokenWithoutCompany(server)).PostAsync("{ latestRelease { id } }"),
            await PharmaCallers.Client(server, PharmaCallers.TokenWithoutCompany(server)).PostAsync("{ rows(first: 1) { totalCount } }"),
        };
        foreach (var refusal in refusals)
        {
            var error = Assert.Single(refusal.GetProperty("errors").EnumerateArray());
            Assert.Equal(NotEntitled.Code, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(NotEntitled.Message, error.GetProperty("message").GetString());
            Assert.DoesNotMatch(@"\d", error.GetProperty("message").GetString()! + error.GetProperty("extensions").GetRawText());
        }

        // Rows under a class claim are only the class's and its drugs'.
        var own = await PharmaCallers.Client(server, PharmaCallers.Token(server, otherClass.ToString()))
            .DataAsync("{ rows(where: { periodKind: YEAR }, first: 100) { nodes { subjectId } } }");
        var subjects = await SubjectsOfClassAsync(server, otherClass);
        Assert.All(own.GetProperty("rows").GetProperty("nodes").EnumerateArray(), row => Assert.Contains(row.GetProperty("subjectId").GetString()!, subjects));
    }

    /// <summary>The drug and indication with the most published quarter cells in the latest release.</summary>
    internal static async Task<(Guid Drug, Guid Indication)> BusiestDrugAsync(SermoServer server) => await BusiestAsync(server, ReportScope.Drug);

    internal static async Task<(Guid DrugClass, Guid Indication)> BusiestClassAsync(SermoServer server) => await BusiestAsync(server, ReportScope.DrugClass);

    private static async Task<(Guid, Guid)> BusiestAsync(SermoServer server, ReportScope scope)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var latest = await db.ReportReleases.OrderByDescending(r => r.PublishedAt).Select(r => r.Id).FirstAsync();
        var best = await db.ReportCells.Where(c => c.ReleaseId == latest && c.Scope == scope && !c.Suppressed)
            .GroupBy(c => new { c.SubjectId, c.IndicationId }).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.SubjectId).Select(g => g.Key).FirstAsync();
        return (best.SubjectId, best.IndicationId);
    }

    /// <summary>The drug's classes, and a class it is not in.</summary>
    private static async Task<(List<Sermo.Domain.Drugs.DrugClass> Own, Guid Other)> ClassesAsync(SermoServer server, Guid drug)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var ids = await db.Drugs.Where(d => d.Id == drug).SelectMany(d => d.Classes.Select(c => c.DrugClassId)).ToListAsync();
        var own = await db.DrugClasses.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync();
        var other = await db.DrugClasses.Where(c => !ids.Contains(c.Id)).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
        return (own, other);
    }

    private static async Task<HashSet<string>> SubjectsOfClassAsync(SermoServer server, Guid drugClass)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var drugs = await db.Drugs.Where(d => d.Classes.Any(c => c.DrugClassId == drugClass)).Select(d => d.Id).ToListAsync();
        return [PartnerIds.Of(server, "DrugClass", drugClass), .. drugs.Select(d => PartnerIds.Of(server, "Drug", d))];
    }
}
