using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Schemas.Pharma.Reports;
using Sermo.Domain.Persistence;
using Sermo.Domain.Reports;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Partner;

namespace Sermo.Tests.Pharma;

/// <summary>A drug's month that nobody rated is published like a month three members rated: the same row shape, the
/// same suppressed flags and the same nulls, in the graph's report, its rows and the CSV download, so a suppressed place
/// says nothing about how many rated (not even "at least one").</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class UnratedPlaceTests(PartnerGraphFixture fixture)
{
    private const string Figures = "dimension suppressed raters mean distribution rankInClass";

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_month_nobody_rated_reads_exactly_like_a_month_three_rated(string provider)
    {
        var server = fixture.Server(provider);
        var (release, drug, indication, unrated, ratedByThree) = await PlacesAsync(server);
        var token = PharmaCallers.Token(server);
        var client = PharmaCallers.Client(server, token);
        var args = new { drug = PartnerIds.Of(server, "Drug", drug), indication = PartnerIds.Of(server, "Indication", indication) };

        // The report: both periods listed, with the same figures (all suppressed, no number, no breakdown).
        var report = await client.DataAsync($$"""
            query($drug: ID!, $indication: ID!) {
              drugReport(drugId: $drug, indicationId: $indication, periodKind: MONTH) {
                periods { start dimensions { {{Figures}} } specialtyGroups { code name dimensions { {{Figures}} } } countryRegions { code name dimensions { {{Figures}} } } }
              }
            }
            """, args);
        var periods = report.GetProperty("drugReport").GetProperty("periods").EnumerateArray()
            .ToDictionary(p => p.GetProperty("start").GetString()!, p => Without(p, "start"));
        var (none, three) = (periods[Day(unrated)], periods[Day(ratedByThree)]);
        Assert.Equal(three, none);
        using (var figures = JsonDocument.Parse(none))
        {
            Assert.Equal(5, figures.RootElement.GetProperty("dimensions").GetArrayLength());
            Assert.All(figures.RootElement.GetProperty("dimensions").EnumerateArray(), d => Assert.True(d.GetProperty("suppressed").GetBoolean()));
        }

        // The rows: the same five rows but for the period.
        var columns = ReportRowColumns.All.Select(c => c.Name).ToList();
        var rows = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync($$"""
                query($drug: ID!, $indication: ID!, $after: String) {
                  rows(where: { periodKind: MONTH, drugIds: [$drug], indicationIds: [$indication] }, first: 100, after: $after) { nodes { {{string.Join(" ", columns)}} } pageInfo { hasNextPage endCursor } }
                }
                """, new { args.drug, args.indication, after })).GetProperty("rows");
            rows.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        List<string> GraphRows(DateOnly period) =>
            [.. rows.Where(r => r.GetProperty("periodStart").GetString() == Day(period)).Select(r => Without(r, "periodStart"))];
        Assert.Equal(5, GraphRows(unrated).Count);
        Assert.Equal(GraphRows(ratedByThree), GraphRows(unrated));

        // The CSV download: the same.
        var query = $"?periodKind=MONTH&drugId={Uri.EscapeDataString(args.drug)}&indicationId={Uri.EscapeDataString(args.indication)}";
        using var response = await PharmaDownloadsTests.GetAsync(server, $"/pharma/releases/{Uri.EscapeDataString(PartnerIds.Of(server, "ReportRelease", release))}/rows.csv{query}", token);
        using var csv = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), CsvReaderOptions.Default);
        var csvRows = new List<string[]>();
        while (csv.Read())
            csvRows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv[i].ToString())]);
        var periodColumn = columns.IndexOf("periodStart");
        List<string> CsvRows(DateOnly period) =>
            [.. csvRows.Where(r => r[periodColumn] == Day(period)).Select(r => string.Join(",", r.Where((_, i) => i != periodColumn)))];
        Assert.Equal(5, CsvRows(unrated).Count);
        Assert.Equal(CsvRows(ratedByThree), CsvRows(unrated));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An object's JSON without one property.</summary>
    private static string Without(JsonElement element, string property) =>
        JsonSerializer.Serialize(element.EnumerateObject().Where(p => p.Name != property).ToDictionary(p => p.Name, p => p.Value));

    /// <summary>From the demo seed's ratings: a drug and indication of the catalogue with a closed month of the latest
    /// release that exactly three physicians rated, and a closed month (since the first rating of all) that nobody did.</summary>
    private static async Task<(Guid Release, Guid Drug, Guid Indication, DateOnly Unrated, DateOnly RatedByThree)> PlacesAsync(SermoServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var release = await db.ReportReleases.OrderByDescending(r => r.PublishedAt).FirstAsync();
        var open = ReportPeriods.OpenPeriodStart(ReportPeriodKind.Month, release.CutOffAt);
        var ratings = await db.DrugRatings.Select(r => new { r.DrugId, r.IndicationId, r.PhysicianId, r.RatedAt }).ToListAsync();
        var first = DateOnly.FromDateTime(ratings.Min(r => r.RatedAt));
        var months = ReportPeriods.ClosedFrom(ReportPeriodKind.Month, first, release.CutOffAt).ToList();
        var raters = ratings.Where(r => r.RatedAt < open)
            .GroupBy(r => (r.DrugId, r.IndicationId, Month: ReportPeriods.StartOf(ReportPeriodKind.Month, DateOnly.FromDateTime(r.RatedAt))))
            .ToDictionary(g => g.Key, g => g.Select(r => r.PhysicianId).Distinct().Count());
        var pairs = await db.Drugs.SelectMany(d => d.Indications).Select(i => new { i.DrugId, i.IndicationId }).ToListAsync();
        foreach (var pair in pairs.OrderBy(p => p.DrugId).ThenBy(p => p.IndicationId))
        {
            var three = months.Where(m => raters.GetValueOrDefault((pair.DrugId, pair.IndicationId, m)) == 3).Take(1).ToList();
            var none = months.Where(m => !raters.ContainsKey((pair.DrugId, pair.IndicationId, m))).Take(1).ToList();
            if (three.Count == 1 && none.Count == 1)
                return (release.Id, pair.DrugId, pair.IndicationId, none[0], three[0]);
        }
        throw new InvalidOperationException("The demo seed has no drug with a month of three raters and a month of none.");
    }
}
