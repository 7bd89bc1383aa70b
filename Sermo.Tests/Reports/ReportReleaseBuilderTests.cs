using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Api.Data;
using Sermo.Api.Events;
using Sermo.Api.Reports;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.Domain.Reports;
using Sermo.Seeding;

namespace Sermo.Tests.Reports;

/// <summary>The release build on a real database: its SQL counts what the rules say, its releases withstand the attacker,
/// a release is whole or absent, a scheduled slot is cut once, and the demo seed publishes and suppresses.</summary>
public abstract class ReportReleaseBuilderTests : IAsyncLifetime
{
    private static readonly DateTime FirstCutOff = new(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SecondCutOff = new(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc);
    private ReportDatabase _database = null!;

    protected abstract DatabaseProvider Provider { get; }

    /// <summary>A migrated, empty database of the provider; its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync() => _database = new ReportDatabase(Provider, await CreateDatabaseAsync());

    public async Task DisposeAsync() => await DropDatabaseAsync();

    private async Task<ReportRelease?> BuildAsync(DateTime cutOffAt, ReleaseTrigger trigger = ReleaseTrigger.OnDemand, IProgress<int>? rowsStored = null, CancellationToken cancellationToken = default)
    {
        await using var db = _database.NewContext();
        return await new ReportReleaseBuilder().BuildAsync(db, cutOffAt, trigger, TimeProvider.System, cancellationToken, rowsStored: rowsStored);
    }

    /// <summary>Cancels the build when it reports its first stored rows (synchronously, inside its open transaction).</summary>
    private sealed class CancelOnReport(CancellationTokenSource cancel, Action<int> stored) : IProgress<int>
    {
        public void Report(int value)
        {
            stored(value);
            cancel.Cancel();
        }
    }

    [Fact]
    public async Task Releases_count_what_the_rules_say_agree_on_closed_periods_and_withstand_the_attacker()
    {
        var catalogue = await _database.WriteAsync(DesignedRatings.Catalogue(), DesignedRatings.Ratings());
        var first = await BuildAsync(FirstCutOff);
        var second = await BuildAsync(SecondCutOff);

        var firstCells = await _database.CellsAsync(first!.Id);
        var secondCells = await _database.CellsAsync(second!.Id);
        // The grouped SQL gives exactly the cells the in-memory count of the same ratings gives.
        var expected = PublishedCells.Of(first.Id, DisclosureControl.Apply(
            ReferenceCells.Of(DesignedRatings.Ratings(), catalogue, FirstCutOff), catalogue.Report), catalogue.Report);
        var (wanted, got) = (Describe(expected), Describe(firstCells));
        Assert.True(wanted.SequenceEqual(got), "Only expected:\n" + string.Join("\n", wanted.Except(got).Take(6)) + "\nOnly built:\n" + string.Join("\n", got.Except(wanted).Take(6)));
        Assert.Equal((firstCells.Count, firstCells.Count(c => c.Suppressed)), (first.CellCount, first.SuppressedCellCount));
        Assert.Contains(firstCells, c => c.Suppressed);
        Assert.Contains(firstCells, c => !c.Suppressed);
        // Only closed periods: nothing of January 2026 in the first release; the second adds it.
        Assert.All(firstCells, c => Assert.True(ReportPeriods.EndInstant(c.PeriodKind, c.PeriodStart) <= FirstCutOff));
        Assert.Contains(secondCells, c => c.PeriodStart == new DateOnly(2026, 1, 1) && c.PeriodKind == ReportPeriodKind.Month);
        DisclosureControlTests.ReleasesAgreeOnClosedPeriods(firstCells, secondCells);

        var attacker = new ReportAttacker([firstCells, secondCells], catalogue.Report);
        Assert.Empty(attacker.ByDifferencing());
        Assert.Empty(attacker.ByLinearAlgebra());
    }

    [Fact]
    public async Task A_drug_joining_a_class_changes_no_closed_period_and_counts_in_the_class_from_the_next_year()
    {
        // Twelve more physicians rate the joining drug every month of 2026 (its join's year) and in January 2027.
        var ratings = DesignedRatings.Ratings();
        for (var month = new DateTime(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc); month.Year < 2027 || month.Month == 1; month = month.AddMonths(1))
            for (var physician = 100; physician < 112; physician++)
                ratings.Add(new(physician, "cardiology", "DE", DesignedRatings.OtherClassDrug, 0, month.AddHours(physician), [4, 4, 4, 4, 4]));
        var catalogue = await _database.WriteAsync(DesignedRatings.Catalogue(), ratings);
        var first = await _database.CellsAsync((await BuildAsync(FirstCutOff))!.Id);
        catalogue = await _database.JoinAsync(catalogue, DesignedRatings.OtherClassDrug, 0, DisclosureControlTests.JoinedAt);
        var second = await _database.CellsAsync((await BuildAsync(SecondCutOff))!.Id);
        var nextYear = new DateTime(2027, 2, 10, 0, 0, 0, DateTimeKind.Utc);
        var third = await BuildAsync(nextYear);
        var thirdCells = await _database.CellsAsync(third!.Id);

        DisclosureControlTests.ReleasesAgreeOnClosedPeriods(first, second);
        DisclosureControlTests.ReleasesAgreeOnClosedPeriods(second, thirdCells);
        Assert.Empty(new ReportAttacker([first, second], catalogue.Report).ByDifferencing());
        // The SQL counts the join as the rules do.
        var expected = PublishedCells.Of(third.Id, DisclosureControl.Apply(ReferenceCells.Of(ratings, catalogue, nextYear), catalogue.Report), catalogue.Report);
        Assert.Equal(Describe(expected), Describe(thirdCells));
        // March 2026: the class of three counts nobody (the drug joined that year; counted, the twelve would show there);
        // its own class counts the twelve. January 2027: the class of three counts them.
        Raters(0, new DateOnly(2026, 3, 1), suppressed: true);
        Raters(1, new DateOnly(2026, 3, 1), suppressed: false, raters: 12);
        Raters(0, new DateOnly(2027, 1, 1), suppressed: false, raters: 12);

        void Raters(int drugClass, DateOnly month, bool suppressed, int? raters = null)
        {
            var cell = thirdCells.Single(c => c.Scope == ReportScope.DrugClass && c.SubjectId == catalogue.ClassIds[drugClass] && c.PeriodKind == ReportPeriodKind.Month
                && c.PeriodStart == month && c.Breakdown == ReportBreakdown.All && c.Dimension == RatingDimension.Efficacy);
            Assert.Equal((suppressed, raters), (cell.Suppressed, cell.Raters));
        }
    }

    [Fact]
    public async Task Listings_the_dating_migration_found_count_in_every_year()
    {
        // A database migrated from before the listing dates holds its memberships and listings at the earliest date there
        // is: listed all along, they count as if listed years before the ratings (SyntheticCatalogue.ListedAt).
        await _database.WriteAsync(DesignedRatings.Catalogue(), DesignedRatings.Ratings());
        var dated = await _database.CellsAsync((await BuildAsync(FirstCutOff))!.Id);
        await _database.DateEveryListingAtTheEarliestAsync();
        var undated = await _database.CellsAsync((await BuildAsync(SecondCutOff))!.Id);
        Assert.Equal(Describe(dated), Describe(undated.Where(c => ReportPeriods.EndInstant(c.PeriodKind, c.PeriodStart) <= FirstCutOff)));
        Assert.Contains(undated, c => c.Scope == ReportScope.DrugClass && !c.Suppressed);
    }

    [Fact]
    public async Task A_suppressed_place_is_stored_as_one_row_and_read_as_its_five_suppressed_cells()
    {
        await _database.WriteAsync(DesignedRatings.Catalogue(), DesignedRatings.Ratings());
        var release = await BuildAsync(FirstCutOff);

        var cells = await _database.CellsAsync(release!.Id);
        await using var db = _database.NewContext();
        var stored = await db.ReportCells.Where(c => c.ReleaseId == release.Id).ToListAsync();
        var suppressedPlaces = cells.Where(c => c.Suppressed).Select(c => c.Key).Distinct().ToList();
        Assert.NotEmpty(suppressedPlaces);
        // One stored row per suppressed place, no more.
        Assert.Equal(suppressedPlaces.Count, stored.Count(c => c.Suppressed));
        Assert.True(suppressedPlaces.ToHashSet().SetEquals(stored.Where(c => c.Suppressed).Select(c => c.Key)));
        Assert.All(stored.Where(c => c.Suppressed), c => Assert.Equal(ReportCellStorage.EveryDimension, c.Dimension));
        Assert.Equal(cells.Count(c => !c.Suppressed), stored.Count(c => !c.Suppressed));
        // Readers see every dimension of a suppressed place, with no number.
        Assert.All(suppressedPlaces, place => Assert.Equal(Enum.GetValues<RatingDimension>(),
            cells.Where(c => c.Key == place).Select(c => c.Dimension).Order()));
        Assert.All(cells.Where(c => c.Suppressed), c => Assert.Null(c.Raters ?? c.Score1 ?? (object?)c.Mean ?? c.RankInClass));
        Assert.Equal((cells.Count, cells.Count(c => c.Suppressed)), (release.CellCount, release.SuppressedCellCount));
    }

    [Fact]
    public async Task A_build_cancelled_while_writing_cells_leaves_no_release_and_no_cells()
    {
        await _database.WriteAsync(DesignedRatings.Catalogue(), DesignedRatings.Ratings());
        using var cancel = new CancellationTokenSource();
        var written = 0;
        var cancelOnFirstBatch = new CancelOnReport(cancel, rows => written = rows);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BuildAsync(FirstCutOff, rowsStored: cancelOnFirstBatch, cancellationToken: cancel.Token));

        Assert.True(written > 0);
        await using (var reader = _database.NewReader())
        {
            Assert.Equal(0, await reader.Releases.CountAsync());
            Assert.Equal(0, await reader.Cells.CountAsync());
        }
        // Nothing is left in the way: the next cut publishes.
        Assert.NotNull(await BuildAsync(FirstCutOff));
    }

    [Fact]
    public async Task A_scheduled_slot_is_cut_once_when_instances_race_for_it()
    {
        await _database.WriteAsync(DesignedRatings.Catalogue(), DesignedRatings.Ratings());

        var cuts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => BuildAsync(FirstCutOff, ReleaseTrigger.Scheduled))));

        Assert.Single(cuts, c => c is not null);
        Assert.Null(await BuildAsync(FirstCutOff, ReleaseTrigger.Scheduled));
        await using var reader = _database.NewReader();
        Assert.Equal(1, await reader.Releases.CountAsync());
    }

    [Fact]
    public async Task The_demo_seed_publishes_some_cells_and_suppresses_others()
    {
        await using (var db = _database.NewContext())
            await DatabaseSeeder.SeedAsync(db, SeedPlan.Demo, SeedSize.Demo, blobs: null);

        var release = await BuildAsync(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        await using var reader = _database.NewReader();
        var cells = reader.Cells.Where(c => c.ReleaseId == release!.Id);
        Assert.True(await cells.CountAsync(c => !c.Suppressed && c.Scope == ReportScope.Drug && c.Breakdown == ReportBreakdown.All) > 0);
        Assert.True(await cells.CountAsync(c => !c.Suppressed && c.Breakdown != ReportBreakdown.All) > 0);
        Assert.True(await cells.CountAsync(c => c.Suppressed) > 0);
        Assert.True(await cells.CountAsync(c => c.RankInClass == 1) > 0);
    }

    [Fact]
    public async Task A_release_cut_on_demand_is_announced_after_it_commits()
    {
        await _database.WriteAsync(DesignedRatings.Catalogue(), DesignedRatings.Ratings());
        using var bus = new InProcessEventBus(Options.Create(new EventBusOptions()));
        var cutter = new ReportReleaseCutter(new PooledDbContextFactory<SermoDbContext>(_database.Options),
            new ReportReleaseBuilder(), bus, TimeProvider.System, Options.Create(new ReportOptions()), NullLogger<ReportReleaseCutter>.Instance);
        await using var releases = await bus.SubscribeAsync<ReportReleasePublished>(ReportReleasePublished.Topic);
        var next = releases.GetAsyncEnumerator();

        var release = await cutter.CutOnDemandAsync(CancellationToken.None);

        Assert.True(await next.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(release.Id, next.Current.ReleaseId);
        await using var reader = _database.NewReader();
        Assert.True(await reader.Releases.AnyAsync(r => r.Id == release.Id && r.Trigger == ReleaseTrigger.OnDemand));
    }

    [Fact]
    public void The_pharma_reader_maps_the_release_tables_and_nothing_else()
    {
        using var reader = _database.NewReader();
        Assert.Equal(["ReportCells", "ReportReleases"], reader.Model.GetEntityTypes().Select(t => t.GetTableName()!).Order());
    }

    private static List<string> Describe(IEnumerable<ReportCell> cells) =>
        [.. cells.Select(c => $"{c.Key} {c.Dimension}: {c.Suppressed} {c.Raters} {c.Mean} {c.Score1} {c.Score2} {c.Score3} {c.Score4} {c.Score5} {c.RankInClass}").Order(StringComparer.Ordinal)];
}
