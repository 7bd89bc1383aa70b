using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Events;
using Sermo.Domain.Organisations;
using Sermo.Domain.Persistence;
using Sermo.Tests.Events;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Two server instances over one database and one Redis: a reviewer subscribed on one instance hears of a
/// submission made on the other.</summary>
public sealed class PagesRedisSubscriptionTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sermo-pages-redis-{Guid.NewGuid():N}.db");
    private RedisServer _redis = null!;
    private SermoServer _first = null!;
    private SermoServer _second = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = _redis.Configuration,
            ["ConnectionStrings:Sermo"] = $"Data Source={_database};Pooling=False",
        };
        _first = SermoServer.Start(configuration);
        _second = SermoServer.Start(configuration);
        await BusReadiness.WaitAsync(TimeSpan.FromSeconds(30),
            (RedisEventBus)_first.Services.GetRequiredService<IEventBus>(), (RedisEventBus)_second.Services.GetRequiredService<IEventBus>());
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _redis.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
    }

    [Fact]
    public async Task A_reviewer_on_one_instance_hears_of_a_submission_made_on_the_other()
    {
        var now = DateTime.UtcNow.AddDays(-1);
        var agency = new Agency("Relay Creative", "GB", now);
        var organisation = new Organisation("Relay Therapeutics", OrganisationKind.PharmaCompany, "US", now);
        organisation.GrantMandate(agency, now);
        await using (var db = await _first.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync())
        {
            db.AddRange(agency, organisation);
            await db.SaveChangesAsync();
        }
        var editor = new GraphClient(_second, _second.IssueToken("editor@relay", [SermoRoles.Agency], new Dictionary<string, string> { [SermoClaims.Agency] = agency.Id.ToString() }));
        var reviewerToken = _first.IssueToken("mlr@relay", [SermoRoles.Reviewer], new Dictionary<string, string> { [SermoClaims.Organisation] = organisation.Id.ToString() });
        await using var submissions = await PartnerSubscription.OpenAsync(_first, PartnerSubscription.TransportWs, reviewerToken,
            "subscription { pageSubmissions { revision page { slug } } }");

        var heard = await submissions.NextAfterAsync(async () =>
        {
            var pageId = (await PageTeams.SucceedAsync(editor, "createPage", "CreatePageInput", "page { id }",
                new { organisationId = PartnerIds.Of(_second, "Organisation", organisation.Id), slug = $"relay-{Guid.NewGuid():N}", content = PageTeams.ReminderAd() }))
                .GetProperty("page").GetProperty("id").GetString();
            await PageTeams.SucceedAsync(editor, "submitPageForReview", "PageIdInput", "page { id }", new { pageId });
        });

        Assert.StartsWith("relay-", heard.GetProperty("data").GetProperty("pageSubmissions").GetProperty("page").GetProperty("slug").GetString(), StringComparison.Ordinal);
    }
}
