using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Events;
using Sermo.Tests.Events;
using Sermo.Tests.Infrastructure;
using static Sermo.Tests.Partner.CaseOperations;

namespace Sermo.Tests.Partner;

/// <summary>Two server instances over one database and one Redis, as a deployment runs them: a member subscribed on
/// one instance hears of what is done on the other, both on the case's topic and on their own notifications.</summary>
public sealed class CasesRedisSubscriptionTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sermo-cases-redis-{Guid.NewGuid():N}.db");
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
        // The first instance creates the schema; the second finds it migrated.
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
    public async Task A_subscriber_on_one_instance_hears_of_changes_made_on_the_other()
    {
        var author = await NewMembers.SignedInAsync(_first);
        var colleague = await NewMembers.SignedInAsync(_first);
        var authorToken = author.Token;
        var colleagueOnSecond = new GraphClient(_second, colleague.Token);
        var caseId = await PostAsync(new GraphClient(_second, authorToken));
        await using var activity = await PartnerSubscription.OpenAsync(_first, PartnerSubscription.TransportWs, authorToken, CasesSubscriptionTests.CaseActivity, new { caseId });
        await using var inbox = await PartnerSubscription.OpenAsync(_first, PartnerSubscription.TransportWs, authorToken, CasesSubscriptionTests.MyNotifications);

        var advised = await activity.NextAfterAsync(() => RespondedAsync(colleagueOnSecond, "giveAdvice", caseId, "Repeat the office readings after a week."));
        Assert.Equal("ADVICE_GIVEN", advised.GetProperty("data").GetProperty("caseActivity").GetProperty("kind").GetString());
        var notified = await inbox.NextAfterAsync(() => RespondedAsync(colleagueOnSecond, "proposeAction", caseId, "Ambulatory blood pressure monitoring."));
        Assert.Equal(caseId, notified.GetProperty("data").GetProperty("myNotifications").GetProperty("case").GetProperty("id").GetString());
    }
}
