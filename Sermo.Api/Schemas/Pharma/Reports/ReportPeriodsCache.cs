using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sermo.Api.Reports;
using Sermo.Domain.Reports;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>
/// The periods of one subject's report (release, scope, subject, indication, period kind) as <see cref="ReportTrend"/>
/// arranged them, kept in memory up to <c>Reports:CachedCells</c> cells. A release never changes once published, so an
/// entry cannot go stale. An entry holds one subject's published cells and nothing about a caller; the queries read it
/// only after the caller's entitlement to that subject is checked, so it can answer no one a report they could not
/// read from the release tables.
/// </summary>
public sealed class ReportPeriodsCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public ReportPeriodsCache(IOptions<ReportOptions> options)
    {
        if (options.Value.CachedCells > 0)
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.CachedCells });
    }

    /// <summary>The kept periods of <paramref name="key"/>, else <paramref name="read"/>'s, kept for the next caller. An
    /// entry's size is its cell count (at least 1), so the limit bounds the cells held, not the number of reports.</summary>
    public async Task<IReadOnlyList<ReportPeriod>> GetOrReadAsync(Key key, Func<Task<IReadOnlyList<ReportCell>>> read)
    {
        if (_cache is not null && _cache.TryGetValue(key, out IReadOnlyList<ReportPeriod>? kept) && kept is not null)
            return kept;
        var cells = await read();
        var periods = ReportTrend.Of(cells, key.PeriodKind);
        _cache?.Set(key, periods, new MemoryCacheEntryOptions { Size = Math.Max(1, cells.Count) });
        return periods;
    }

    public void Dispose() => _cache?.Dispose();

    /// <summary>What a report's periods are of: the release is part of the key, so every release has its own entries.</summary>
    public readonly record struct Key(Guid ReleaseId, ReportScope Scope, Guid SubjectId, Guid IndicationId, ReportPeriodKind PeriodKind);
}
