using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.Domain.Privacy;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>The member counts the profile generalisation rule reads (members ever verified, <see cref="ProfileGeneralisation.IsCounted"/>),
/// from one grouped query, shared by every request for <see cref="MaxAge"/> (they are counts of everyone, the same for every
/// caller). The counts never fall, so a stale table only shows a member more coarsely than a fresh one would: a newly
/// verified member is counted within <see cref="MaxAge"/>, and two servers with tables of different ages show
/// views of which one is a coarsening of the other.</summary>
public sealed class VerifiedMemberCountsSource
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<SermoDbContext> _contexts;
    private readonly SharedReading<VerifiedMemberCounts> _counts;

    public VerifiedMemberCountsSource(IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _counts = new SharedReading<VerifiedMemberCounts>(ReadAsync, clock, MaxAge);
    }

    public Task<VerifiedMemberCounts> CurrentAsync() => _counts.CurrentAsync();

    private async Task<VerifiedMemberCounts> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Physicians.AsNoTracking()
            .Where(ProfileGeneralisation.IsCounted)
            .GroupBy(p => new { p.SpecialtyCode, p.CountryCode })
            .Select(g => new { g.Key.SpecialtyCode, g.Key.CountryCode, Members = g.Count() })
            .ToListAsync(cancellationToken);
        return VerifiedMemberCounts.FromPairCounts(rows.Select(r => (r.SpecialtyCode, r.CountryCode, r.Members)));
    }
}
