using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Members made for one test, straight in a server's database, so a test that changes data (posts, votes,
/// suspends) owns the members it acts with and never disturbs the seed other tests read.</summary>
public static class NewMembers
{
    /// <summary>A verified member with a fresh pseudonym ("Member {suffix}"); their private details carry the same suffix
    /// (family name "Test{suffix}", e-mail "member.{suffix}@example.org", licence "FR-{suffix}", practice "Cabinet {suffix}").</summary>
    public static async Task<Physician> VerifiedAsync(
        SermoServer server, bool anonymous = true, bool suspended = false, string specialtyCode = "cardiology", string countryCode = "FR")
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var now = DateTime.UtcNow;
        var (physician, details) = Physician.Apply(new PhysicianApplication(
            $"Member {suffix}", specialtyCode, countryCode, ["fr", "en"], 12, anonymous, "Claire", $"Test{suffix}", $"member.{suffix}@example.org",
            "+33 1 00 00 00 00", $"FR-{suffix}", "Ordre des médecins", $"Cabinet {suffix}"), now);
        foreach (var stage in new[] { CredentialStage.Identity, CredentialStage.Licence, CredentialStage.Practice })
            physician.RecordCredentialCheck(stage, passed: true, "tests", now);
        if (suspended)
            physician.Suspend();
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        db.Physicians.Add(physician);
        db.PhysicianPrivateDetails.Add(details);
        await db.SaveChangesAsync();
        return physician;
    }

    /// <summary>A new verified member (see <see cref="VerifiedAsync"/>) signed in with a physician token.</summary>
    public static async Task<SignedInMember> SignedInAsync(SermoServer server)
    {
        var member = await VerifiedAsync(server);
        var token = server.IssueToken(member.Id.ToString(), SermoRoles.Physician);
        return new SignedInMember(member, token, new GraphClient(server, token));
    }

    /// <summary>Suspends a member made by <see cref="VerifiedAsync"/> (what staff do with <c>suspendPhysician</c>).</summary>
    public static async Task SuspendAsync(SermoServer server, Guid memberId)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var member = await db.Physicians.SingleAsync(p => p.Id == memberId);
        member.Suspend();
        await db.SaveChangesAsync();
    }
}
