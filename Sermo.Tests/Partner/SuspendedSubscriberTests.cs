using Sermo.Api.Schemas.Conventions;

namespace Sermo.Tests.Partner;

/// <summary>A member suspended while their subscriptions are open stops receiving events: the server re-reads their
/// standing before delivering (at most <see cref="CommunityStanding.MaxAge"/> late) and ends the subscriptions, instead of
/// serving a member outside the community until they disconnect.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class SuspendedSubscriberTests(PartnerGraphFixture fixture)
{
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_member_suspended_after_subscribing_receives_no_further_events_and_the_subscriptions_end(string provider)
    {
        var server = fixture.Server(provider);
        var author = await NewMembers.SignedInAsync(server);
        var colleague = await NewMembers.SignedInAsync(server);
        var caseId = await CaseOperations.PostAsync(author.Client);
        await using var notifications = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, author.Token,
            "subscription { myNotifications { kind } }");
        await using var activity = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, author.Token,
            "subscription($caseId: ID!) { caseActivity(caseId: $caseId) { kind } }", new { caseId });
        await PartnerSubscription.NextAfterAsync(
            () => CaseOperations.RespondedAsync(colleague.Client, "giveAdvice", caseId, "Check adherence before adding a fourth agent."),
            notifications, activity);

        await NewMembers.SuspendAsync(server, author.Member.Id);
        await Task.Delay(CommunityStanding.MaxAge + TimeSpan.FromMilliseconds(500));
        await CaseOperations.RespondedAsync(colleague.Client, "askFollowUp", caseId, "Was a renin level drawn?");

        foreach (var (subscription, field) in new[] { (notifications, "myNotifications"), (activity, "caseActivity") })
        {
            // Events of the acts before the suspension may still be queued; nothing of the act after it may arrive.
            while (true)
            {
                var next = await subscription.NextAsync().WaitAsync(TimeSpan.FromSeconds(30));
                if (next.TryGetProperty("completed", out _))
                    break;
                Assert.NotEqual("FOLLOW_UP_ASKED", next.GetProperty("data").GetProperty(field).GetProperty("kind").GetString());
            }
        }
    }
}
