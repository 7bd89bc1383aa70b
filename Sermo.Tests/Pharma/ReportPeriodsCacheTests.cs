using Microsoft.Extensions.Options;
using Sermo.Api.Reports;
using Sermo.Api.Schemas.Pharma.Reports;
using Sermo.Domain.Ratings;
using Sermo.Domain.Reports;

namespace Sermo.Tests.Pharma;

/// <summary>The pharma graph's memory of report periods: one read per release, subject, indication and period kind,
/// bounded by <c>Reports:CachedCells</c>.</summary>
public sealed class ReportPeriodsCacheTests
{
    private static readonly Guid Release = Guid.NewGuid();
    private static readonly Guid Drug = Guid.NewGuid();
    private static readonly Guid Indication = Guid.NewGuid();

    [Fact]
    public async Task A_report_is_read_once_per_release_subject_indication_and_period_kind()
    {
        using var cache = Cache(cachedCells: 1_000);
        var reads = new Reads(cells: 10);
        var key = new ReportPeriodsCache.Key(Release, ReportScope.Drug, Drug, Indication, ReportPeriodKind.Quarter);

        var first = await cache.GetOrReadAsync(key, reads.ReadAsync);
        var again = await cache.GetOrReadAsync(key, reads.ReadAsync);
        Assert.Equal(1, reads.Count);
        Assert.Same(first, again);
        Assert.Equal(2, first.Count);
        Assert.All(first, period => Assert.Equal(5, period.Dimensions.Count));

        await cache.GetOrReadAsync(key with { ReleaseId = Guid.NewGuid() }, reads.ReadAsync);
        await cache.GetOrReadAsync(key with { Scope = ReportScope.DrugClass }, reads.ReadAsync);
        await cache.GetOrReadAsync(key with { IndicationId = Guid.NewGuid() }, reads.ReadAsync);
        await cache.GetOrReadAsync(key with { PeriodKind = ReportPeriodKind.Year }, reads.ReadAsync);
        Assert.Equal(5, reads.Count);
    }

    [Theory]
    [InlineData(0, 10)] // no cells kept at all
    [InlineData(15, 20)] // a report of more cells than the limit
    public async Task A_report_the_limit_leaves_out_is_read_every_time(int cachedCells, int cells)
    {
        using var cache = Cache(cachedCells);
        var reads = new Reads(cells);
        var key = new ReportPeriodsCache.Key(Release, ReportScope.Drug, Drug, Indication, ReportPeriodKind.Quarter);
        await cache.GetOrReadAsync(key, reads.ReadAsync);
        await cache.GetOrReadAsync(key, reads.ReadAsync);
        Assert.Equal(2, reads.Count);
    }

    private static ReportPeriodsCache Cache(int cachedCells) => new(Options.Create(new ReportOptions { CachedCells = cachedCells }));

    /// <summary>Counts reads of the release tables; each answers two quarters' cells over all raters, five dimensions each.</summary>
    private sealed class Reads(int cells)
    {
        public int Count { get; private set; }

        public Task<IReadOnlyList<ReportCell>> ReadAsync()
        {
            Count++;
            var quarters = new[] { new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1) };
            IReadOnlyList<ReportCell> read =
            [
                .. Enumerable.Range(0, cells).Select(i => new ReportCell(Release,
                    new ReportCellKey(ReportPeriodKind.Quarter, quarters[i / 5 % 2], ReportScope.Drug, Drug, Indication, ReportBreakdown.All, ""),
                    Enum.GetValues<RatingDimension>()[i % 5], new ReportCellFigures(11 + i, 3.5, 2, 2, 2, 2, 3 + i, null))),
            ];
            return Task.FromResult(read);
        }
    }
}
