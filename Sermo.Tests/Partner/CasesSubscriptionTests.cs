using System.Text.Json;
using Sermo.Api.Auth;
using static Sermo.Tests.Partner.CaseOperations;

namespace Sermo.Tests.Partner;

/// <summary>caseActivity and myNotifications over all three transports on both databases: every kind of change
/// arrives, published after its save; each subscriber's event is resolved with their own authorization; a member's
/// notifications reach that member alone; callers outside the community cannot subscribe.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class CasesSubscriptionTests(PartnerGraphFixture fixture)
{
    public const string CaseActivity = """
        subscription($caseId: ID!) { caseActivity(caseId: $caseId) { kind occurredAt
          case { id status } response { id kind body support opposition author { displayName } } } }
        """;

    public const string MyNotifications = "subscription { myNotifications { kind occurredAt case { id } response { id kind } } }";

    public static TheoryData<string, string> ProvidersAndTransports()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { PartnerGraphFixture.Sqlite, PartnerGraphFixture.Postgres })
            foreach (var transport in new[] { PartnerSubscription.TransportWs, PartnerSubscription.LegacyWs, PartnerSubscription.Sse })
                data.Add(provider, transport);
        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndTransports))]
    public async Task Every_kind_of_change_on_a_case_reaches_its_subscribers(string provider, string transport)
    {
        var server = fixture.Server(provider);
        var (author, colleague, watcher) = (await MemberAsync(provider), await MemberAsync(provider), await MemberAsync(provider));
        var caseId = await PostAsync(author.Client);
        await using var subscription = await PartnerSubscription.OpenAsync(server, transport, watcher.Token, CaseActivity, new { caseId });

        var asked = Activity(await subscription.NextAfterAsync(() => RespondedAsync(colleague.Client, "askFollowUp", caseId, "Any sleep apnoea symptoms?")));
        Assert.Equal("FOLLOW_UP_ASKED", asked.GetProperty("kind").GetString());
        Assert.Equal("Any sleep apnoea symptoms?", asked.GetProperty("response").GetProperty("body").GetString());
        Assert.Equal(colleague.Member.Pseudonym, asked.GetProperty("response").GetProperty("author").GetProperty("displayName").GetString());
        Assert.Equal(caseId, asked.GetProperty("case").GetProperty("id").GetString());

        await RespondedAsync(author.Client, "answerFollowUp", caseId, "Snoring, no witnessed apnoeas.");
        Assert.Equal("AUTHOR_ANSWER", (await NextOfKindAsync(subscription, "FOLLOW_UP_ANSWERED")).GetProperty("response").GetProperty("kind").GetString());
        var advice = await RespondedAsync(colleague.Client, "giveAdvice", caseId, "Arrange a sleep study.");
        Assert.Equal(advice, (await NextOfKindAsync(subscription, "ADVICE_GIVEN")).GetProperty("response").GetProperty("id").GetString());
        var proposal = await RespondedAsync(colleague.Client, "proposeAction", caseId, "Add spironolactone 25 mg.");
        Assert.Equal(proposal, (await NextOfKindAsync(subscription, "ACTION_PROPOSED")).GetProperty("response").GetProperty("id").GetString());
        Assert.Empty(ErrorCodes(await VoteAsync(watcher.Client, proposal, "SUPPORT")));
        var counted = (await NextOfKindAsync(subscription, "VOTE_COUNTS_CHANGED")).GetProperty("response");
        Assert.Equal((proposal, 1, 0), (counted.GetProperty("id").GetString(), counted.GetProperty("support").GetInt32(), counted.GetProperty("opposition").GetInt32()));
        Assert.Empty(ErrorCodes(await AcceptAsync(author.Client, advice)));
        var solved = await NextOfKindAsync(subscription, "SOLVED");
        Assert.Equal("SOLVED", solved.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal(advice, solved.GetProperty("response").GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Notifications_reach_the_member_they_concern_and_no_one_else(string provider)
    {
        var server = fixture.Server(provider);
        var (author, colleague, bystander) = (await MemberAsync(provider), await MemberAsync(provider), await MemberAsync(provider));
        var caseId = await PostAsync(author.Client);
        var bystanderCase = await PostAsync(bystander.Client);
        await using var authorInbox = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, author.Token, MyNotifications);
        await using var colleagueInbox = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, colleague.Token, MyNotifications);
        await using var bystanderInbox = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, bystander.Token, MyNotifications);

        var asked = Notification(await authorInbox.NextAfterAsync(() => RespondedAsync(colleague.Client, "askFollowUp", caseId, "Is the patient on NSAIDs?")));
        Assert.Equal(("FOLLOW_UP_ASKED", caseId), (asked.GetProperty("kind").GetString(), asked.GetProperty("case").GetProperty("id").GetString()));

        var answered = Notification(await colleagueInbox.NextAfterAsync(() => RespondedAsync(author.Client, "answerFollowUp", caseId, "No NSAIDs.")));
        Assert.Equal(("FOLLOW_UP_ANSWERED", caseId), (answered.GetProperty("kind").GetString(), answered.GetProperty("case").GetProperty("id").GetString()));

        var advice = await RespondedAsync(colleague.Client, "giveAdvice", caseId, "Check adherence with a drug level.");
        Assert.Equal("ADVICE_GIVEN", Notification(await authorInbox.NextWhereAsync(n => Notification(n).GetProperty("kind").GetString() == "ADVICE_GIVEN")).GetProperty("kind").GetString());
        Assert.Empty(ErrorCodes(await AcceptAsync(author.Client, advice)));
        var accepted = Notification(await colleagueInbox.NextWhereAsync(n => Notification(n).GetProperty("kind").GetString() == "ADVICE_ACCEPTED"));
        Assert.Equal(advice, accepted.GetProperty("response").GetProperty("id").GetString());

        // Everything above concerned others: the bystander's first notification is about their own case.
        var own = Notification(await bystanderInbox.NextAfterAsync(() => RespondedAsync(colleague.Client, "giveAdvice", bystanderCase, "Consider a renal ultrasound.")));
        Assert.Equal(bystanderCase, own.GetProperty("case").GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Each_subscriber_reads_an_event_with_their_own_authorization(string provider)
    {
        var server = fixture.Server(provider);
        var (author, colleague, watcher) = (await MemberAsync(provider), await MemberAsync(provider), await MemberAsync(provider));
        var caseId = await PostAsync(author.Client);
        const string WithAuthorDetails = "subscription($caseId: ID!) { caseActivity(caseId: $caseId) { kind case { author { displayName privateDetails { email } } } } }";
        await using var staff = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, server.IssueToken("staff-1", SermoRoles.Staff), WithAuthorDetails, new { caseId });
        await using var member = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, watcher.Token, WithAuthorDetails, new { caseId });

        var events = await PartnerSubscription.NextAfterAsync(() => RespondedAsync(colleague.Client, "giveAdvice", caseId, "Measure plasma metanephrines."), staff, member);
        var (forStaff, forMember) = (events[0], events[1]);

        Assert.EndsWith("@example.org", Activity(forStaff).GetProperty("case").GetProperty("author").GetProperty("privateDetails").GetProperty("email").GetString());
        var seenByMember = Activity(forMember).GetProperty("case").GetProperty("author");
        Assert.Equal(author.Member.Pseudonym, seenByMember.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, seenByMember.GetProperty("privateDetails").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", forMember.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("@example.org", forMember.GetRawText());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Callers_outside_the_community_cannot_subscribe_and_bad_ids_are_clear_errors(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var author = await MemberAsync(provider);
        var caseId = await PostAsync(author.Client);
        var cases = new (string? Token, string Query, object? Variables, string Code)[]
        {
            (null, CaseActivity, new { caseId }, "AUTH_NOT_AUTHENTICATED"),
            (server.IssueToken(members.Applicant.Id.ToString(), SermoRoles.Physician), CaseActivity, new { caseId }, "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken(members.Suspended.Id.ToString(), SermoRoles.Physician), MyNotifications, null, "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken("agency-user", SermoRoles.Agency), CaseActivity, new { caseId }, "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken("staff-1", SermoRoles.Staff), MyNotifications, null, "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken("staff-2", SermoRoles.Staff, SermoRoles.Physician), MyNotifications, null, "AUTH_NOT_AUTHORIZED"),
            (author.Token, CaseActivity, new { caseId = "not-an-id" }, "INVALID_ID"),
            (author.Token, CaseActivity, new { caseId = PartnerIds.Of(server, "Case", Guid.NewGuid()) }, "NOT_FOUND"),
        };
        foreach (var (token, query, variables, code) in cases)
        {
            await using var subscription = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, token, query, variables);
            var refused = await subscription.NextAsync();
            Assert.False(refused.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, refused.GetRawText());
            Assert.Equal(code, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private Task<SignedInMember> MemberAsync(string provider) => NewMembers.SignedInAsync(fixture.Server(provider));

    private static async Task<JsonElement> NextOfKindAsync(PartnerSubscription subscription, string kind) =>
        Activity(await subscription.NextWhereAsync(result => Activity(result).GetProperty("kind").GetString() == kind));

    private static JsonElement Activity(JsonElement result) => Data(result).GetProperty("caseActivity");

    private static JsonElement Notification(JsonElement result) => Data(result).GetProperty("myNotifications");

    private static JsonElement Data(JsonElement result)
    {
        Assert.True(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, $"An event without data: {result}");
        return data;
    }
}
