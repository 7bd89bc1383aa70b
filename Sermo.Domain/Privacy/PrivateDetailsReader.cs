using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

namespace Sermo.Domain.Privacy;

/// <summary>The one way to read members' real names, contact details, licences and practices. The caller is checked
/// before any query runs, so a refusal reads nothing and costs the same whether or not the member exists (no timing
/// or error difference tells a hidden member apart from a missing one).</summary>
public sealed class PrivateDetailsReader(IDbContextFactory<SermoDbContext> contexts)
{
    /// <summary>The member's private details, or null when there are none. Throws a <see cref="DomainRuleException"/>
    /// (<see cref="DomainErrorCodes.PrivateDetailsRefused"/>) when the caller may not read them.</summary>
    public async Task<PhysicianPrivateDetails?> ReadAsync(PrivateDetailsCaller caller, Guid physicianId, CancellationToken cancellationToken = default)
    {
        EnsureMayRead(caller, physicianId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PhysicianPrivateDetails.AsNoTracking().SingleOrDefaultAsync(d => d.PhysicianId == physicianId, cancellationToken);
    }

    /// <summary>Several members' details at once (a batch of a DataLoader); refused as a whole unless the caller may
    /// read every one of them.</summary>
    public async Task<IReadOnlyDictionary<Guid, PhysicianPrivateDetails>> ReadManyAsync(
        PrivateDetailsCaller caller, IReadOnlyCollection<Guid> physicianIds, CancellationToken cancellationToken = default)
    {
        foreach (var id in physicianIds)
            EnsureMayRead(caller, id);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PhysicianPrivateDetails.AsNoTracking()
            .Where(d => physicianIds.Contains(d.PhysicianId))
            .ToDictionaryAsync(d => d.PhysicianId, cancellationToken);
    }

    private static void EnsureMayRead(PrivateDetailsCaller caller, Guid physicianId)
    {
        if (!caller.MayRead(physicianId))
            throw new DomainRuleException(DomainErrorCodes.PrivateDetailsRefused, "Private details are shown only to the member and to staff.");
    }
}
