using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;

namespace Sermo.Tests.Partner;

/// <summary>The polls area over HTTP on both databases: voting and its typed refusals, the tally rule as each caller
/// meets it, the staff's running of a poll, what callers outside the community see, and the list's filters, order
/// and pages. Each test makes its own polls.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PollsGraphTests(PartnerGraphFixture fixture)
{
    private const string PollById = """
        query($id: ID!) { node(id: $id) { ... on Poll { id state totalVotes viewerHasVoted viewerChoice { id } resultsPublishedAt options { id text position votes } } } }
        """;

    private GraphClient Staff(string provider) => fixture.Client(provider, fixture.Server(provider).IssueToken("staff-polls", SermoRoles.Staff));

    private GraphClient Member(string provider, Physician member) =>
        fixture.Client(provider, fixture.Server(provider).IssueToken(member.Id.ToString(), SermoRoles.Physician));

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_member_sees_the_tallies_once_they_have_voted_and_votes_only_once(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = Staff(provider);
        var voter = Member(provider, members.VerifiedAnonymous);
        var other = Member(provider, members.VerifiedNamed);
        var (pollId, options) = await TestPolls.CreateOpenAsync(staff);

        var before = (await voter.DataAsync(PollById, new { id = pollId })).GetProperty("node");
        Assert.Equal("OPEN", before.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("totalVotes").ValueKind);
        Assert.All(before.GetProperty("options").EnumerateArray(), o => Assert.Equal(JsonValueKind.Null, o.GetProperty("votes").ValueKind));
        Assert.False(before.GetProperty("viewerHasVoted").GetBoolean());

        var voted = await TestPolls.VoteAsync(voter, pollId, options[1]);
        Assert.Empty(voted.GetProperty("errors").EnumerateArray());
        var poll = voted.GetProperty("poll");
        Assert.Equal(1, poll.GetProperty("totalVotes").GetInt32());
        Assert.True(poll.GetProperty("viewerHasVoted").GetBoolean());
        Assert.Equal(options[1], poll.GetProperty("viewerChoice").GetProperty("id").GetString());
        Assert.Equal([0, 1, 0], poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));

        // A colleague who has not voted still sees no tallies, and nothing of the voter's choice; staff see them.
        var colleague = (await other.DataAsync(PollById, new { id = pollId })).GetProperty("node");
        Assert.Equal(JsonValueKind.Null, colleague.GetProperty("totalVotes").ValueKind);
        Assert.Equal(JsonValueKind.Null, colleague.GetProperty("viewerChoice").ValueKind);
        Assert.Equal(1, (await staff.DataAsync(PollById, new { id = pollId })).GetProperty("node").GetProperty("totalVotes").GetInt32());

        var again = await TestPolls.VoteAsync(voter, pollId, options[0]);
        Assert.Equal(["ALREADY_VOTED"], TestPolls.ErrorCodes(again));
        Assert.Equal(JsonValueKind.Null, again.GetProperty("poll").ValueKind);
        Assert.Equal(1, (await staff.DataAsync(PollById, new { id = pollId })).GetProperty("node").GetProperty("totalVotes").GetInt32());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Votes_the_poll_refuses_come_back_as_typed_errors(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = Staff(provider);
        var member = members.VerifiedAnonymous;
        var voter = Member(provider, member);
        var elsewhere = member.CountryCode == "NZ" ? "IS" : "NZ";

        var scheduled = await TestPolls.CreateAsync(staff, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(2));
        Assert.Equal(["POLL_NOT_OPEN"], TestPolls.ErrorCodes(await TestPolls.VoteAsync(voter, scheduled.Id, scheduled.OptionIds[0])));

        var closed = await TestPolls.CreateOpenAsync(staff);
        await staff.DataAsync("mutation($id: ID!) { closePoll(input: { pollId: $id }) { errors { code } } }", new { id = closed.Id });
        Assert.Equal(["POLL_CLOSED"], TestPolls.ErrorCodes(await TestPolls.VoteAsync(voter, closed.Id, closed.OptionIds[0])));

        var targeted = await TestPolls.CreateOpenAsync(staff, elsewhere);
        var notTargeted = await TestPolls.VoteAsync(voter, targeted.Id, targeted.OptionIds[0]);
        Assert.Equal(["POLL_COUNTRY_NOT_TARGETED"], TestPolls.ErrorCodes(notTargeted));
        Assert.Contains(elsewhere, notTargeted.GetProperty("errors")[0].GetProperty("message").GetString());

        var open = await TestPolls.CreateOpenAsync(staff);
        foreach (var outsider in new[] { members.Applicant, members.Suspended, members.Rejected })
        {
            var client = Member(provider, outsider);
            Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], TestPolls.ErrorCodes(await TestPolls.VoteAsync(client, open.Id, open.OptionIds[0])));
            // The same answer for a poll that does not exist: the refusal says nothing about which polls there are.
            Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], TestPolls.ErrorCodes(await TestPolls.VoteAsync(client, PartnerIds.Of(server, "Poll", Guid.NewGuid()), open.OptionIds[0])));
        }
        var nobody = fixture.Client(provider, server.IssueToken(Guid.NewGuid().ToString(), SermoRoles.Physician));
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], TestPolls.ErrorCodes(await TestPolls.VoteAsync(nobody, open.Id, open.OptionIds[0])));

        var foreignOption = await TestPolls.VoteAsync(voter, open.Id, closed.OptionIds[0]);
        Assert.Equal(["INVALID_ARGUMENT"], TestPolls.ErrorCodes(foreignOption));
        Assert.Equal(["input", "optionId"], foreignOption.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var missing = await TestPolls.VoteAsync(voter, PartnerIds.Of(server, "Poll", Guid.NewGuid()), open.OptionIds[0]);
        Assert.Equal(["NOT_FOUND"], TestPolls.ErrorCodes(missing));
        Assert.Equal(["input", "pollId"], missing.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var notAnId = await TestPolls.VoteAsync(voter, open.Id, "not-an-id");
        Assert.Equal(["input", "optionId"], notAnId.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));

        var byStaff = await staff.PostAsync(TestPolls.VoteMutation, new { input = new { pollId = open.Id, optionId = open.OptionIds[0] } });
        Assert.Equal("AUTH_NOT_AUTHORIZED", byStaff.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var anonymous = await fixture.Client(provider).PostAsync(TestPolls.VoteMutation, new { input = new { pollId = open.Id, optionId = open.OptionIds[0] } });
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, (await staff.DataAsync(PollById, new { id = open.Id })).GetProperty("node").GetProperty("totalVotes").GetInt32());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Staff_run_a_poll_from_scheduled_to_published_and_the_public_reads_only_its_final_results(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = Staff(provider);
        var voter = Member(provider, members.VerifiedNamed);
        var bystander = Member(provider, members.OtherVerifiedAnonymous);
        var anonymous = fixture.Client(provider);
        const string Change = "mutation($id: ID!) { {0}(input: { pollId: $id }) { poll { state opensAt closesAt resultsPublishedAt } errors { code message } } }";
        async Task<JsonElement> ChangeAsync(string mutation, string id) =>
            (await staff.DataAsync(Change.Replace("{0}", mutation, StringComparison.Ordinal), new { id })).GetProperty(mutation);

        var (pollId, options) = await TestPolls.CreateAsync(staff, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow.AddDays(10));
        Assert.Equal("SCHEDULED", (await staff.DataAsync(PollById, new { id = pollId })).GetProperty("node").GetProperty("state").GetString());
        Assert.Equal(["INVALID_STATE_TRANSITION"], TestPolls.ErrorCodes(await ChangeAsync("closePoll", pollId)));

        Assert.Equal("OPEN", (await ChangeAsync("openPoll", pollId)).GetProperty("poll").GetProperty("state").GetString());
        Assert.Empty((await TestPolls.VoteAsync(voter, pollId, options[2])).GetProperty("errors").EnumerateArray());
        Assert.Equal(["INVALID_STATE_TRANSITION"], TestPolls.ErrorCodes(await ChangeAsync("publishPollResults", pollId)));
        Assert.Equal(JsonValueKind.Null, (await anonymous.DataAsync(PollById, new { id = pollId })).GetProperty("node").ValueKind);

        Assert.Equal("CLOSED", (await ChangeAsync("closePoll", pollId)).GetProperty("poll").GetProperty("state").GetString());
        // Once closed every member sees the tallies, voted or not; the public still sees nothing.
        Assert.Equal(1, (await bystander.DataAsync(PollById, new { id = pollId })).GetProperty("node").GetProperty("totalVotes").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await anonymous.DataAsync(PollById, new { id = pollId })).GetProperty("node").ValueKind);
        Assert.DoesNotContain(pollId, (await anonymous.DataAsync("{ publishedPolls(first: 100) { nodes { id } } }")).GetRawText());

        var published = await ChangeAsync("publishPollResults", pollId);
        Assert.Equal("PUBLISHED", published.GetProperty("poll").GetProperty("state").GetString());
        var publishedAt = published.GetProperty("poll").GetProperty("resultsPublishedAt").GetString();
        Assert.Equal(publishedAt, (await ChangeAsync("publishPollResults", pollId)).GetProperty("poll").GetProperty("resultsPublishedAt").GetString());

        foreach (var token in new string?[] { null, server.IssueToken("agency-user", SermoRoles.Agency), server.IssueToken("reviewer-user", SermoRoles.Reviewer) })
        {
            var outsider = fixture.Client(provider, token);
            var node = (await outsider.DataAsync(PollById, new { id = pollId })).GetProperty("node");
            Assert.Equal(1, node.GetProperty("totalVotes").GetInt32());
            Assert.Equal([0, 0, 1], node.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
            Assert.False(node.GetProperty("viewerHasVoted").GetBoolean());
            var list = (await outsider.DataAsync("{ publishedPolls(first: 100) { nodes { id state totalVotes } } }")).GetProperty("publishedPolls").GetProperty("nodes");
            Assert.All(list.EnumerateArray(), p => Assert.Equal("PUBLISHED", p.GetProperty("state").GetString()));
            Assert.Contains(list.EnumerateArray(), p => p.GetProperty("id").GetString() == pollId && p.GetProperty("totalVotes").GetInt32() == 1);
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Only_staff_run_polls_and_a_poll_the_rules_refuse_is_not_written(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = Staff(provider);
        var member = Member(provider, members.VerifiedNamed);
        const string Create = "mutation($input: CreatePollInput!) { createPoll(input: $input) { poll { id } errors { code message path } } }";
        object Input(string[] options, DateTimeOffset closesAt, params string[] targets) =>
            new { input = new { question = "Which first-line agent do you prefer?", options, opensAt = DateTimeOffset.UtcNow, closesAt, targetCountries = targets } };

        var byMember = await member.PostAsync(Create, Input(["A", "B"], DateTimeOffset.UtcNow.AddDays(1)));
        Assert.Equal("AUTH_NOT_AUTHORIZED", byMember.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var oneOption = (await staff.DataAsync(Create, Input(["Only"], DateTimeOffset.UtcNow.AddDays(1)))).GetProperty("createPoll");
        Assert.Equal(["INVALID_ARGUMENT"], TestPolls.ErrorCodes(oneOption));
        Assert.Equal(JsonValueKind.Null, oneOption.GetProperty("poll").ValueKind);
        var past = (await staff.DataAsync(Create, Input(["A", "B"], DateTimeOffset.UtcNow.AddDays(-1)))).GetProperty("createPoll");
        Assert.Equal(["input", "closesAt"], past.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var emptyOption = (await staff.DataAsync(Create, Input(["A", " "], DateTimeOffset.UtcNow.AddDays(1)))).GetProperty("createPoll");
        Assert.Equal(["input", "options", "1"], emptyOption.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var badCountry = (await staff.DataAsync(Create, Input(["A", "B"], DateTimeOffset.UtcNow.AddDays(1), "XX"))).GetProperty("createPoll");
        Assert.Equal(["INVALID_ARGUMENT"], TestPolls.ErrorCodes(badCountry));

        var (pollId, _) = await TestPolls.CreateOpenAsync(staff);
        foreach (var mutation in new[] { "openPoll", "closePoll", "publishPollResults" })
        {
            var refused = await member.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {{ pollId: $id }}) {{ errors {{ code }} }} }}", new { id = pollId });
            Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        Assert.Equal("OPEN", (await staff.DataAsync(PollById, new { id = pollId })).GetProperty("node").GetProperty("state").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Callers_outside_the_community_get_no_unpublished_poll_by_any_door(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = Staff(provider);
        var (pollId, options) = await TestPolls.CreateOpenAsync(staff);
        var missing = PartnerIds.Of(server, "Poll", Guid.NewGuid());
        var outsiders = new (string? Token, string Code)[]
        {
            (null, "AUTH_NOT_AUTHENTICATED"),
            (server.IssueToken("agency-user", SermoRoles.Agency), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken("reviewer-user", SermoRoles.Reviewer), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken(members.Applicant.Id.ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken(members.Suspended.Id.ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
        };
        foreach (var (token, code) in outsiders)
        {
            var client = fixture.Client(provider, token);
            var nodes = await client.DataAsync("query($a: ID!, $b: ID!, $o: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } o: node(id: $o) { id } }",
                new { a = pollId, b = missing, o = options[0] });
            Assert.All(new[] { "a", "b", "o" }, alias => Assert.Equal(JsonValueKind.Null, nodes.GetProperty(alias).ValueKind));
            foreach (var entry in new[] { "{ currentPoll { id } }", "{ polls { totalCount } }" })
            {
                var refused = await client.PostAsync(entry);
                Assert.Equal(code, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
                Assert.DoesNotContain(pollId, refused.GetRawText());
            }
        }

        var member = Member(provider, members.VerifiedAnonymous);
        var option = (await member.DataAsync("query($o: ID!) { node(id: $o) { ... on PollOption { text votes poll { id } } } }", new { o = options[0] })).GetProperty("node");
        Assert.Equal(pollId, option.GetProperty("poll").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, option.GetProperty("votes").ValueKind);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_current_poll_is_the_newest_open_one_the_members_country_may_vote_in(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = Staff(provider);
        var local = members.VerifiedNamed;
        var abroad = members.All.First(p => p.IsVerified && p.CountryCode != local.CountryCode);
        var (pollId, _) = await TestPolls.CreateAsync(staff, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7), [local.CountryCode]);

        var forLocal = (await Member(provider, local).DataAsync("{ currentPoll { id state } }")).GetProperty("currentPoll");
        Assert.Equal((pollId, "OPEN"), (forLocal.GetProperty("id").GetString(), forLocal.GetProperty("state").GetString()));
        var forAbroad = (await Member(provider, abroad).DataAsync("{ currentPoll { id state targetCountries } }")).GetProperty("currentPoll");
        Assert.NotEqual(pollId, forAbroad.GetProperty("id").GetString());
        // The demo seed keeps a poll open now for everyone, whenever the server was started.
        Assert.Equal("OPEN", forAbroad.GetProperty("state").GetString());
        Assert.Equal(pollId, (await staff.DataAsync("{ currentPoll { id } }")).GetProperty("currentPoll").GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_list_filters_by_state_and_country_orders_and_pages_exactly(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = Staff(provider);
        var member = Member(provider, members.VerifiedAnonymous);
        var icelandic = await TestPolls.CreateOpenAsync(staff, "IS");
        var norwegian = await TestPolls.CreateOpenAsync(staff, "NO");
        var closed = await TestPolls.CreateOpenAsync(staff, "IS");
        await staff.DataAsync("mutation($id: ID!) { closePoll(input: { pollId: $id }) { errors { code } } }", new { id = closed.Id });
        var upcoming = await TestPolls.CreateAsync(staff, DateTimeOffset.UtcNow.AddDays(5), DateTimeOffset.UtcNow.AddDays(6), ["IS"]);
        const string List = """
            query($where: PollFilter, $orderBy: [PollSort!], $after: String) { polls(where: $where, orderBy: $orderBy, first: 3, after: $after) {
              totalCount nodes { id state targetCountries opensAt closesAt } pageInfo { hasNextPage endCursor } } }
            """;
        async Task<List<JsonElement>> AllAsync(object? where, object? orderBy = null)
        {
            var all = new List<JsonElement>();
            string? after = null;
            int? total = null;
            do
            {
                var page = (await member.DataAsync(List, new { where, orderBy, after })).GetProperty("polls");
                total ??= page.GetProperty("totalCount").GetInt32();
                all.AddRange(page.GetProperty("nodes").EnumerateArray());
                after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            }
            while (after is not null);
            Assert.Equal(total, all.Count);
            Assert.Equal(all.Count, all.Select(p => p.GetProperty("id").GetString()).Distinct().Count());
            return all;
        }
        static IEnumerable<string?> Ids(IEnumerable<JsonElement> polls) => polls.Select(p => p.GetProperty("id").GetString());

        var open = await AllAsync(new { state = new { eq = "OPEN" } });
        Assert.All(open, p => Assert.Equal("OPEN", p.GetProperty("state").GetString()));
        Assert.Superset(new HashSet<string?> { icelandic.Id, norwegian.Id }, Ids(open).ToHashSet());
        Assert.DoesNotContain(closed.Id, Ids(open));

        var forIceland = await AllAsync(new { country = new { eq = "is" }, state = new { @in = new[] { "OPEN", "CLOSED", "SCHEDULED" } } });
        Assert.All(forIceland, p => Assert.True(p.GetProperty("targetCountries").GetArrayLength() == 0 || p.GetProperty("targetCountries").EnumerateArray().Any(c => c.GetString() == "IS")));
        Assert.Superset(new HashSet<string?> { icelandic.Id, closed.Id, upcoming.Id }, Ids(forIceland).ToHashSet());
        Assert.DoesNotContain(norwegian.Id, Ids(forIceland));
        var nordic = Ids(await AllAsync(new { country = new { @in = new[] { "IS", "NO" } } })).ToList();
        Assert.Contains(icelandic.Id, nordic);
        Assert.Contains(norwegian.Id, nordic);

        var byClosing = await AllAsync(null, new[] { new { closesAt = "ASC" } });
        var closings = byClosing.Select(p => p.GetProperty("closesAt").GetDateTimeOffset()).ToList();
        Assert.Equal(closings.Order(), closings);
        var byDefault = (await AllAsync(null)).Select(p => p.GetProperty("opensAt").GetDateTimeOffset()).ToList();
        Assert.Equal(byDefault.OrderDescending(), byDefault);

        var tooMany = await member.PostAsync("{ polls(first: 101) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var unknownCountry = await member.PostAsync("{ polls(where: { country: { eq: \"XX\" } }) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", unknownCountry.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_members_poll_names_its_author_to_the_community_only(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var member = Member(provider, members.VerifiedAnonymous);
        // A poll of this test's own anonymous member, open to every country: nothing in it narrows the author's practice.
        var author = await NewMembers.VerifiedAsync(server);
        var question = $"Which first-line agent do you prefer? ({author.Pseudonym})";
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync())
        {
            db.Polls.Add(Poll.ByMember(author, question, ["A", "B"], DateTime.UtcNow.AddDays(1), DateTime.UtcNow.AddDays(8), [], DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var polls = (await member.DataAsync("{ polls(first: 100) { nodes { question authorKind author { displayName } } } }")).GetProperty("polls").GetProperty("nodes").EnumerateArray().ToList();
        var own = Assert.Single(polls, p => p.GetProperty("question").GetString() == question);
        Assert.Equal(("MEMBER", author.Pseudonym), (own.GetProperty("authorKind").GetString(), own.GetProperty("author").GetProperty("displayName").GetString()));
        Assert.All(polls.Where(p => p.GetProperty("authorKind").GetString() == "COMMUNITY_TEAM"), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("author").ValueKind));

        var anonymous = await fixture.Client(provider).PostAsync("{ publishedPolls(first: 100) { nodes { authorKind author { displayName } } } }");
        Assert.All(anonymous.TryGetProperty("errors", out var errors) ? errors.EnumerateArray() : Enumerable.Empty<JsonElement>(),
            e => Assert.Equal("AUTH_NOT_AUTHENTICATED", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.All(anonymous.GetProperty("data").GetProperty("publishedPolls").GetProperty("nodes").EnumerateArray(),
            p => Assert.Equal(JsonValueKind.Null, p.GetProperty("author").ValueKind));
    }
}
