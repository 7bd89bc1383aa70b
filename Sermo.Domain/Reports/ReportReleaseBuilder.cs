using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;

namespace Sermo.Domain.Reports;

/// <summary>
/// Cuts a release: grouped SQL counts the ratings of closed periods into raw cells (<see cref="RawCellStaging"/>),
/// <see cref="DisclosureControl"/> decides what may be shown, and the release row and its cells are written in one
/// transaction, so a release is either whole or absent. Concurrent cuts are serialised by a lock held in the database
/// (PostgreSQL advisory lock, SQL Server application lock, SQLite's single writer), and a scheduled slot is cut once.
/// </summary>
public sealed class ReportReleaseBuilder
{
    /// <summary>Builds and commits a release on <paramref name="db"/>. For a scheduled cut, <paramref name="cutOffAt"/> is
    /// the slot: null is returned when a release for it already exists (another instance cut it).</summary>
    /// <param name="rowsStored">Told, synchronously and inside the open transaction, how many rows are stored so far
    /// after each batch (a build at scale writes for minutes).</param>
    public async Task<ReportRelease?> BuildAsync(SermoDbContext db, DateTime cutOffAt, ReleaseTrigger trigger, TimeProvider time, CancellationToken cancellationToken,
        ReportBuildTimings? timings = null, IProgress<int>? rowsStored = null)
    {
        timings ??= new ReportBuildTimings();
        Guard.Utc(cutOffAt, "cutOffAt");
        if (trigger == ReleaseTrigger.Scheduled && await SlotTakenAsync(db, cutOffAt, null, cancellationToken))
            return null;
        var catalogue = await ReportCatalogue.ReadAsync(db, cancellationToken);
        var places = new ReportPlaces(catalogue, await db.DrugRatings.MinAsync(r => (DateTime?)r.RatedAt, cancellationToken), cutOffAt);
        await using var staging = await RawCellStaging.StageAsync(db, cutOffAt, cancellationToken);
        var staged = await staging.IndicationsAsync(cancellationToken);
        // Every indication of the catalogue has places, rated or not.
        var indications = staged.Keys.Union(catalogue.Indications).Order().ToList();
        timings.Lap("grouped SQL");

        var sql = ReportSqlDialect.For(db.Database.ProviderName);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (sql.ReleaseLock is { } takeLock)
            await db.Database.ExecuteSqlRawAsync(takeLock, cancellationToken);
        var id = Guid.NewGuid();
        // Written first: on SQLite this takes the single writer lock, so the slot check below sees every committed cut.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"ReportReleases\" (\"Id\", \"CutOffAt\", \"PublishedAt\", \"Trigger\", \"CellCount\", \"SuppressedCellCount\") VALUES ({0}, {1}, {1}, {2}, 0, 0)",
            [id, cutOffAt, (int)trigger], cancellationToken);
        if (trigger == ReleaseTrigger.Scheduled && await SlotTakenAsync(db, cutOffAt, id, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        await using var writer = new ReportCellWriter(db, sql);
        int cells = 0, suppressed = 0, written = 0;
        foreach (var indication in indications)
        {
            timings.Lap("writing cells");
            var raw = places.Complete(staged.TryGetValue(indication, out var stored) ? await staging.ReadAsync(stored, cancellationToken) : [], indication);
            timings.Lap("reading raw cells");
            var outcome = DisclosureControl.Apply(raw, catalogue);
            if (outcome.Unresolved > 0)
                throw new InvalidOperationException($"Disclosure control left {outcome.Unresolved} relation(s) unprotected; the release is not published.");
            var published = PublishedCells.Of(id, outcome, catalogue);
            cells += published.Count;
            suppressed += published.Count(c => c.Suppressed);
            timings.Lap("disclosure control");
            foreach (var batch in ReportCellStorage.Rows(published).Chunk(writer.RowsPerBatch))
            {
                await writer.WriteAsync(batch, cancellationToken);
                written += batch.Length;
                rowsStored?.Report(written);
            }
        }
        var publishedAt = time.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"ReportReleases\" SET \"PublishedAt\" = {0}, \"CellCount\" = {1}, \"SuppressedCellCount\" = {2} WHERE \"Id\" = {3}",
            [publishedAt, cells, suppressed, id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        timings.Lap("writing cells");
        if (sql.AfterPublish is { } afterPublish)
        {
            // The release is published: this must not undo it, so it no longer listens to cancellation.
            await db.Database.ExecuteSqlRawAsync(afterPublish, CancellationToken.None);
            timings.Lap("statistics");
        }
        return new ReportRelease(id, cutOffAt, publishedAt, trigger, cells, suppressed);
    }

    private static Task<bool> SlotTakenAsync(SermoDbContext db, DateTime slot, Guid? except, CancellationToken cancellationToken) =>
        db.ReportReleases.AnyAsync(r => r.Trigger == ReleaseTrigger.Scheduled && r.CutOffAt == slot && r.Id != except, cancellationToken);
}
