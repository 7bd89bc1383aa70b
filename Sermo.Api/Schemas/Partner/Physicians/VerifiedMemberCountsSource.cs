using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Privacy;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>The member counts the profile generalisation rule reads (members ever verified, <see cref="ProfileGeneralisation.IsCounted"/>),
/// from one grouped query, shared by every request for <see cref="MaxAge"/> (they are counts of everyone, the same for every
/// caller). The counts never fall, so a stale table only shows a member more coarsely than a fresh one would: a newly
/// verified member is counted within <see cref="MaxAge"/>, and two servers with tables of different ages show
/// views of which one is a coarsening of the other.</summary>
public sealed class VerifiedMemberCountsSource(IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private Task<VerifiedMemberCounts>? _current;
    private DateTimeOffset _readAt;

    public Task<VerifiedMemberCounts> CurrentAsync()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_current is null || _current.IsFaulted || now - _readAt > MaxAge)
            {
                _readAt = now;
                _current = ReadAsync();
            }
            return _current;
        }
    }

    private async Task<VerifiedMemberCounts> ReadAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await db.Physicians.AsNoTracking()
            .Where(ProfileGeneralisation.IsCounted)
            .GroupBy(p => new { p.SpecialtyCode, p.CountryCode })
            .Select(g => new { g.Key.SpecialtyCode, g.Key.CountryCode, Members = g.Count() })
            .ToListAsync();
        return VerifiedMemberCounts.FromPairCounts(rows.Select(r => (r.SpecialtyCode, r.CountryCode, r.Members)));
    }
}
