using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Ide;

/// <summary>What examples read their variables from when the page is served: the database (read only) and the global
/// ids a client would have got from the graph. <see cref="MemberIdAsync"/> is the member the examples' member token acts
/// for: the longest-standing verified anonymous member, the same on every page load (members joining later, as
/// tests add them, do not take the place).</summary>
public sealed class IdeDemoData(SermoDbContext db, GlobalIdCodec ids, TimeProvider clock)
{
    public SermoDbContext Db { get; } = db;

    public GlobalIdCodec Ids { get; } = ids;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Guid?> MemberIdAsync()
    {
        var id = await Db.Physicians.AsNoTracking()
            .Where(p => p.Status == PhysicianStatus.Verified && p.IsAnonymous)
            .OrderBy(p => p.JoinedAt).ThenBy(p => p.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        return id;
    }

    /// <summary>The global id of an entity, or null when there is none (the example then runs without it).</summary>
    public string? IdOf(string typeName, Guid? key) => key is { } value ? Ids.Encode(typeName, value) : null;
}
