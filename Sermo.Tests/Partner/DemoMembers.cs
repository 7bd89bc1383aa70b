using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Members of the demo seed in each state, found in a server's database, with the private details of each
/// (the secrets the privacy tests search every response for).</summary>
public sealed class DemoMembers
{
    private DemoMembers(IReadOnlyList<Physician> all, IReadOnlyDictionary<Guid, PhysicianPrivateDetails> details)
    {
        All = all;
        PrivateDetails = details;
    }

    public IReadOnlyList<Physician> All { get; }

    public IReadOnlyDictionary<Guid, PhysicianPrivateDetails> PrivateDetails { get; }

    public Physician VerifiedAnonymous => All.First(p => p.IsVerified && p.IsAnonymous);
    public Physician OtherVerifiedAnonymous => All.Where(p => p.IsVerified && p.IsAnonymous).Skip(1).First();
    public Physician VerifiedNamed => All.First(p => p.IsVerified && !p.IsAnonymous);
    public Physician Applicant => All.First(p => p.Status == PhysicianStatus.Applicant);
    public Physician Rejected => All.First(p => p.Status == PhysicianStatus.Rejected);
    public Physician Suspended => All.First(p => p.Status == PhysicianStatus.Suspended);

    public static async Task<DemoMembers> ReadAsync(SermoServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var all = await db.Physicians.AsNoTracking().OrderBy(p => p.JoinedAt).ToListAsync();
        var details = await db.PhysicianPrivateDetails.AsNoTracking().ToDictionaryAsync(d => d.PhysicianId);
        return new DemoMembers(all, details);
    }
}
