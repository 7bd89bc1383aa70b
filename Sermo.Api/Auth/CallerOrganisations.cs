using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Auth;

/// <summary>The organisations a caller acts for, read once per request (scoped): for an <c>agency</c> token those its
/// current mandates cover, for a <c>reviewer</c> token the organisation it names; none for anyone else. Also which
/// organisation a Page's revision, post or decision belongs to (one read per Page, remembered for the request).</summary>
public sealed class CallerOrganisations(IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
{
    private readonly Dictionary<Guid, Guid?> _pageOwners = [];
    private Task<IReadOnlySet<Guid>>? _actingFor;

    public Task<IReadOnlySet<Guid>> ActingForAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        lock (_pageOwners)
            return _actingFor ??= LoadAsync(caller, cancellationToken);
    }

    /// <summary>The organisation a resource belongs to; null when it names none.</summary>
    public async Task<Guid?> OwnerOfAsync(object? resource, CancellationToken cancellationToken = default) => resource switch
    {
        Page page => page.OrganisationId,
        Organisation organisation => organisation.Id,
        StoredImage image => image.OrganisationId,
        PageRevision revision => await OwnerOfPageAsync(revision.PageId, cancellationToken),
        PagePost post => await OwnerOfPageAsync(post.PageId, cancellationToken),
        ReviewDecision decision => await OwnerOfPageAsync(decision.PageId, cancellationToken),
        _ => null,
    };

    private async Task<Guid?> OwnerOfPageAsync(Guid pageId, CancellationToken cancellationToken)
    {
        lock (_pageOwners)
        {
            if (_pageOwners.TryGetValue(pageId, out var known))
                return known;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = await db.Pages.AsNoTracking().Where(p => p.Id == pageId).Select(p => (Guid?)p.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        lock (_pageOwners)
            _pageOwners[pageId] = owner;
        return owner;
    }

    private async Task<IReadOnlySet<Guid>> LoadAsync(Caller caller, CancellationToken cancellationToken)
    {
        var organisations = new HashSet<Guid>();
        if (caller.OrganisationId is { } reviewed)
            organisations.Add(reviewed);
        if (caller.AgencyId is { } agency)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            organisations.UnionWith(await db.Set<AgencyMandate>().AsNoTracking()
                .Where(m => m.AgencyId == agency).Where(AgencyMandate.InForceAt(now))
                .Select(m => m.OrganisationId).ToListAsync(cancellationToken));
        }
        return organisations;
    }
}
