using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Verified members a test makes for itself in a server's database (through the domain's own application and
/// credential check), so it owns every member whose votes it counts.</summary>
public static class TestMembers
{
    private static readonly CredentialStage[] Stages = [CredentialStage.Identity, CredentialStage.Licence, CredentialStage.Practice];

    public static async Task<IReadOnlyList<Physician>> CreateVerifiedAsync(SermoServer server, int count, string countryCode = "DE")
    {
        var batch = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var enrolments = Enumerable.Range(0, count).Select(i =>
        {
            var suffix = $"{batch}{i:D5}";
            var (physician, details) = Physician.Apply(new PhysicianApplication(
                $"Voter {suffix}", "family-medicine", countryCode, ["en"], 10, true, "Test", $"Voter{suffix}", $"voter.{suffix}@example.org", null,
                $"LIC-{suffix}", "Test Licensing Board", "Test Practice"), now);
            foreach (var stage in Stages)
                physician.RecordCredentialCheck(stage, passed: true, "test-verifier", now);
            return (physician, details);
        }).ToList();
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        db.Physicians.AddRange(enrolments.Select(e => e.physician));
        db.PhysicianPrivateDetails.AddRange(enrolments.Select(e => e.details));
        await db.SaveChangesAsync();
        return [.. enrolments.Select(e => e.physician)];
    }
}
