using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>The member a <c>physician</c> token acts for, read once per request (scoped): whether they are verified
/// decides what of the community they see. A token for a member who does not exist acts for nobody.</summary>
public sealed class CallerMembership(IDbContextFactory<SermoDbContext> contexts)
{
    private readonly Lock _loading = new();
    private Task<Physician?>? _member;
    private Guid? _memberId;

    /// <summary>The caller's own member record (not tracked), or null when the caller acts for no member.</summary>
    public Task<Physician?> MemberAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (caller.PhysicianId is not { } id)
            return Task.FromResult<Physician?>(null);
        lock (_loading)
        {
            if (_member is null || _memberId != id)
            {
                _memberId = id;
                _member = LoadAsync(id, cancellationToken);
            }
            return _member;
        }
    }

    /// <summary>Whether the caller takes part in the community: staff, or a verified member.</summary>
    public async Task<bool> MayReadCommunityAsync(Caller caller, CancellationToken cancellationToken = default) =>
        caller.IsStaff || (await MemberAsync(caller, cancellationToken))?.IsVerified == true;

    private async Task<Physician?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Physicians.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }
}
