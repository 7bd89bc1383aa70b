using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Domain.Organisations;
using Sermo.Domain.Persistence;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Two server instances over one database and one Redis: a reviewer subscribed on one instance hears of a
/// submission made on the other.</summary>
public sealed class PagesRedisSubscriptionTests : IAsyncLifetime
{
    private RedisInstancePair _instances = null!;

    private SermoServer First => _instances.First;

    private SermoServer Second => _instances.Second;

    public async Task InitializeAsync() => _instances = await RedisInstancePair.StartAsync("pages-redis");

    public async Task DisposeAsync() => await _instances.DisposeAsync();

    [Fact]
    public async Task A_reviewer_on_one_instance_hears_of_a_submission_made_on_the_other()
    {
        var now = DateTime.UtcNow.AddDays(-1);
        var agency = new Agency("Relay Creative", "GB", now);
        var organisation = new Organisation("Relay Therapeutics", OrganisationKind.PharmaCompany, "US", now);
        organisation.GrantMandate(agency, now);
        await using (var db = await First.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync())
        {
            db.AddRange(agency, organisation);
            await db.SaveChangesAsync();
        }
        var editor = new GraphClient(Second, PageTeams.AgencyToken(Second, agency.Id, "editor@relay"));
        var reviewerToken = PageTeams.ReviewerToken(First, organisation.Id, "mlr@relay");
        await using var submissions = await PartnerSubscription.OpenAsync(First, PartnerSubscription.TransportWs, reviewerToken,
            "subscription { pageSubmissions { revision page { slug } } }");

        var heard = await submissions.NextAfterAsync(() =>
            PageTeams.SubmittedPageAsync(editor, PartnerIds.Of(Second, "Organisation", organisation.Id), $"relay-{Guid.NewGuid():N}"));

        Assert.StartsWith("relay-", heard.GetProperty("data").GetProperty("pageSubmissions").GetProperty("page").GetProperty("slug").GetString(), StringComparison.Ordinal);
    }
}
