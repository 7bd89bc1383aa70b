using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
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
        var editor = new GraphClient(Second, Second.IssueToken("editor@relay", [SermoRoles.Agency], new Dictionary<string, string> { [SermoClaims.Agency] = agency.Id.ToString() }));
        var reviewerToken = First.IssueToken("mlr@relay", [SermoRoles.Reviewer], new Dictionary<string, string> { [SermoClaims.Organisation] = organisation.Id.ToString() });
        await using var submissions = await PartnerSubscription.OpenAsync(First, PartnerSubscription.TransportWs, reviewerToken,
            "subscription { pageSubmissions { revision page { slug } } }");

        var heard = await submissions.NextAfterAsync(async () =>
        {
            var pageId = (await PageTeams.SucceedAsync(editor, "createPage", "CreatePageInput", "page { id }",
                new { organisationId = PartnerIds.Of(Second, "Organisation", organisation.Id), slug = $"relay-{Guid.NewGuid():N}", content = PageTeams.ReminderAd() }))
                .GetProperty("page").GetProperty("id").GetString();
            await PageTeams.SucceedAsync(editor, "submitPageForReview", "PageIdInput", "page { id }", new { pageId });
        });

        Assert.StartsWith("relay-", heard.GetProperty("data").GetProperty("pageSubmissions").GetProperty("page").GetProperty("slug").GetString(), StringComparison.Ordinal);
    }
}
