using Microsoft.Extensions.DependencyInjection;
using Sermo.Tests.Infrastructure;
using static Sermo.Tests.Partner.CaseOperations;

namespace Sermo.Tests.Partner;

/// <summary>Two server instances over one database and one Redis, as a deployment runs them: a member subscribed on
/// one instance hears of what is done on the other, both on the case's topic and on their own notifications.</summary>
public sealed class CasesRedisSubscriptionTests : IAsyncLifetime
{
    private RedisInstancePair _instances = null!;

    private SermoServer First => _instances.First;

    private SermoServer Second => _instances.Second;

    public async Task InitializeAsync() => _instances = await RedisInstancePair.StartAsync("cases-redis");

    public async Task DisposeAsync() => await _instances.DisposeAsync();

    [Fact]
    public async Task A_subscriber_on_one_instance_hears_of_changes_made_on_the_other()
    {
        var author = await NewMembers.SignedInAsync(First);
        var colleague = await NewMembers.SignedInAsync(First);
        var authorToken = author.Token;
        var colleagueOnSecond = new GraphClient(Second, colleague.Token);
        var caseId = await PostAsync(new GraphClient(Second, authorToken));
        await using var activity = await PartnerSubscription.OpenAsync(First, PartnerSubscription.TransportWs, authorToken, CasesSubscriptionTests.CaseActivity, new { caseId });
        await using var inbox = await PartnerSubscription.OpenAsync(First, PartnerSubscription.TransportWs, authorToken, CasesSubscriptionTests.MyNotifications);

        var advised = await activity.NextAfterAsync(() => RespondedAsync(colleagueOnSecond, "giveAdvice", caseId, "Repeat the office readings after a week."));
        Assert.Equal("ADVICE_GIVEN", advised.GetProperty("data").GetProperty("caseActivity").GetProperty("kind").GetString());
        var notified = await inbox.NextAfterAsync(() => RespondedAsync(colleagueOnSecond, "proposeAction", caseId, "Ambulatory blood pressure monitoring."));
        Assert.Equal(caseId, notified.GetProperty("data").GetProperty("myNotifications").GetProperty("case").GetProperty("id").GetString());
    }
}
